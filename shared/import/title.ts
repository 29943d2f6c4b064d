/** Agency and year from the title, e.g. 泉州市统计局2020年政府信息公开工作年度报告 (either order, wrapped or not). */
import type { ReportDocument } from './document';
import { withoutMarkdownHeading } from './headings';
import { isChrome } from './narrative';

export interface TitleInfo {
  readonly agency: string;
  readonly year: number;
  /** The title as printed (spaces and markdown marks removed). */
  readonly title: string;
  /** First block after the title. */
  readonly end: number;
}

const clean = (s: string) =>
  withoutMarkdownHeading(s.normalize('NFKC'))
    .replace(/[\s\u3000]/g, '')
    .replace(/^正文/, '');

const AGENCY_FIRST = /^(.{2,40}?)((?:19|20)\d{2})年?(?:度)?(?:政府信息公开|政务公开)(?:工作)?年度报告/;
const YEAR_FIRST = /^((?:19|20)\d{2})年?(?:度)?(.{2,40}?)(?:政府信息公开|政务公开)(?:工作)?年度报告/;

export function findTitle(doc: ReportDocument): TitleInfo | null {
  const lines: { text: string; block: number }[] = [];
  for (let b = 0; b < doc.blocks.length && lines.length < 20; b++) {
    const block = doc.blocks[b]!;
    const text = block.kind === 'line' ? block.text : block.cells.join('');
    if (!text.trim() || isChrome(text)) continue;
    lines.push({ text: clean(text), block: b });
  }
  // By the line the title ends on, fewest lines first: a page's chrome above the title (站群导航) is not taken into
  // the agency's name, and a title wrapped onto two or three lines is still found.
  for (let last = 0; last < lines.length; last++) {
    for (let n = 1; n <= 3 && last - n + 1 >= 0; n++) {
      const i = last - n + 1;
      const joined = lines
        .slice(i, last + 1)
        .map((l) => l.text)
        .join('');
      const end = lines[last]!.block + 1;
      const a = AGENCY_FIRST.exec(joined);
      if (a && !/[，。,]/.test(a[1]!)) {
        return { agency: a[1]!, year: Number(a[2]), title: a[0]!, end };
      }
      const y = YEAR_FIRST.exec(joined);
      if (y && !/[，。,]/.test(y[2]!)) return { agency: y[2]!, year: Number(y[1]), title: y[0]!, end };
    }
  }
  return null;
}

/**
 * Agency and year from a web page's <title> (泉州市统计局2020年政府信息公开工作年度报告_泉州市人民政府网): the piece
 * of it between the site's separators that reads as a report title.
 */
export function titleFromPageTitle(pageTitle: string | undefined): { agency: string; year: number } | null {
  if (!pageTitle) return null;
  for (const piece of pageTitle.split(/[-_|｜—–>»›]+/)) {
    const t = clean(piece);
    const a = AGENCY_FIRST.exec(t);
    if (a && !/[，。,]/.test(a[1]!)) return { agency: a[1]!, year: Number(a[2]) };
    const y = YEAR_FIRST.exec(t);
    if (y && !/[，。,]/.test(y[2]!)) return { agency: y[2]!, year: Number(y[1]) };
  }
  return null;
}

/** Fallback year from the statistics period (本报告所列数据的统计期限自2020年1月1日…). */
export function yearFromPeriod(doc: ReportDocument): number | null {
  for (const block of doc.blocks.slice(0, 80)) {
    if (block.kind !== 'line') continue;
    // Runs of spaces collapsed first: two `\s*` around an optional 年 backtrack quadratically over a long run.
    const text = block.text.normalize('NFKC').replace(/\s+/g, ' ');
    const m = /((?:19|20)\d{2})\s?年?\s?1\s?月?\s?1\s?日?\s?(?:起)?\s?至/.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

/** What a full agency name ends with; an abbreviation such as 市科委 does not. */
const AGENCY_SUFFIX = /(?:局|委员会|人民政府|办公室|办公厅|厅|院|中心|部|署|馆|所|站|处)$/;
/** 上海市科学技术委员会（以下简称“市科委”） or 上海市科学技术委员会（市科委）, after NFKC and without spaces. */
const DEFINED_ABBREVIATION = /([\u3400-\u9fff]{4,40})\((?:以下)?(?:简称)?[“"「]?([\u3400-\u9fff]{2,10})[”"」]?\)/g;

/**
 * Titles often print an abbreviation (2024年上海市科委…年度报告). When the report itself defines it — the full
 * name followed by （以下简称“市科委”） or （市科委） — the full name is the agency; otherwise the title's name stays.
 */
export function fullAgencyName(doc: ReportDocument, printed: string): string | null {
  if (printed.length < 2 || AGENCY_SUFFIX.test(printed)) return null;
  const text = doc.blocks
    .slice(0, 200)
    .map((b) => (b.kind === 'line' ? b.text : b.cells.join('')))
    .join('')
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '');
  for (const m of text.matchAll(DEFINED_ABBREVIATION)) {
    const [, before, abbreviation] = m as unknown as [string, string, string];
    if (printed !== abbreviation && !printed.endsWith(abbreviation)) continue;
    // The full name starts where the printed one does (上海…); what comes before it is the sentence around it.
    const start = before.lastIndexOf(printed.slice(0, 2));
    if (start < 0) continue;
    const full = before.slice(start);
    if (full.length > printed.length && AGENCY_SUFFIX.test(full)) return full;
  }
  return null;
}
