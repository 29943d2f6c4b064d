/** Agency and year from the title, e.g. 泉州市统计局2020年政府信息公开工作年度报告 (either order, wrapped or not). */
import type { ReportDocument } from './document';
import { isChrome } from './parts';

export interface TitleInfo {
  readonly agency: string;
  readonly year: number;
  /** The title as printed (spaces and markdown marks removed). */
  readonly title: string;
  /** First block after the title. */
  readonly end: number;
}

const clean = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/^\s*#+\s*/, '')
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
  for (let i = 0; i < lines.length; i++) {
    for (let n = 1; n <= 3 && i + n <= lines.length; n++) {
      const joined = lines
        .slice(i, i + n)
        .map((l) => l.text)
        .join('');
      const end = lines[i + n - 1]!.block + 1;
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

/** Fallback year from the statistics period (本报告所列数据的统计期限自2020年1月1日…). */
export function yearFromPeriod(doc: ReportDocument): number | null {
  for (const block of doc.blocks.slice(0, 80)) {
    if (block.kind !== 'line') continue;
    const m = /((?:19|20)\d{2})\s*年?\s*1\s*月?\s*1\s*日?\s*(?:起)?\s*至/.exec(block.text.normalize('NFKC'));
    if (m) return Number(m[1]);
  }
  return null;
}
