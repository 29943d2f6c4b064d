/**
 * Text scraped flat (the whole body on one line, or a few): the part headings run in mid-line, "…完成了本报告。一、总体
 * 情况2021年…". Such lines are cut at the part headings, so that the parts (and the tables in them) are found as in
 * any other text. Precision first: a heading counts only with the format's own words after a part ordinal, after a
 * sentence or a table has ended, in the format's order — and a table part only when one of its table's labels
 * follows. A "一、" inside a sentence does not cut anything.
 */
import { FORMAT_IDS, getFormat, PARTS } from '../templates';
import type { PartDef } from '../templates';
import type { Block, ReportDocument } from './document';
import { headingKey } from './headings';
import { normLabel } from './normalize';

/** What may stand before a run-in heading: the end of a sentence, of a table (a digit), of a Markdown mark. */
const BEFORE = /[\s。！？；;!?：:）)」』”"】\]#*\d]/;
const ORDINAL_NUMERALS = '一二三四五六七八九十';
/** Words some reports insert before a heading's own (五、政府信息公开工作存在的主要问题…), as the parts finder allows. */
const MAX_INSERTED = 10;
/** How far after a table part's heading one of its labels must appear. */
const ANCHOR_WINDOW = 300;
/** … and how close when the heading does not follow the end of a sentence. */
const ADJACENT_WINDOW = 12;
/** Lines no longer than this are headings or ordinary lines already; only longer ones can hold a run-in heading. */
const MIN_RUN_IN_LINE = 24;

interface Cut {
  readonly block: number;
  /** Offset where the ordinal starts and where the heading (with a trailing 。 or ：) ends. */
  readonly start: number;
  readonly end: number;
}

const isCjk = (ch: string) => ch >= '\u4e00' && ch <= '\u9fff';

/** Offset of the part ordinal (一、 （一） 1.) that ends at `end` with up to MAX_INSERTED CJK characters after it, or -1. */
function ordinalBefore(text: string, end: number): number {
  for (let inserted = 0; inserted <= MAX_INSERTED && end - inserted >= 2; inserted++) {
    const at = end - inserted;
    if (inserted > 0 && !isCjk(text[at]!)) return -1;
    const mark = text[at - 1]!;
    if ('、.．，,'.includes(mark)) {
      let s = at - 1;
      while (s > 0 && ORDINAL_NUMERALS.includes(text[s - 1]!) && at - 1 - s < 3) s--;
      if (s < at - 1) return s;
    } else if ('）)'.includes(mark)) {
      let s = at - 1;
      while (s > 0 && ORDINAL_NUMERALS.includes(text[s - 1]!) && at - 1 - s < 3) s--;
      if (s < at - 1 && s > 0 && '（('.includes(text[s - 1]!)) return s - 1;
    }
  }
  return -1;
}

/** Normalised labels of the table printed under `part`, in either format. */
function tableLabels(part: PartDef): string[] {
  if (part.kind !== 'table') return [];
  const labels = new Set<string>();
  for (const format of FORMAT_IDS) {
    const table = Object.values(getFormat(format).tables).find((t) => t.part === part.id);
    for (const row of table?.rows ?? [])
      for (const c of row.cells) if (c.type === 'label' && normLabel(c.text).length >= 2) labels.add(normLabel(c.text));
  }
  return [...labels];
}

function findCut(doc: ReportDocument, part: PartDef, fromBlock: number, fromOffset: number): Cut | null {
  const words = headingKey(part.heading);
  const anchors = tableLabels(part);
  for (let b = fromBlock; b < doc.blocks.length; b++) {
    const block = doc.blocks[b]!;
    if (block.kind !== 'line') continue;
    const text = block.text;
    if (text.length < MIN_RUN_IN_LINE) continue;
    for (let at = text.indexOf(words, b === fromBlock ? fromOffset : 0); at >= 0; at = text.indexOf(words, at + 1)) {
      const start = ordinalBefore(text, at);
      if (start < 0) continue;
      // After a sentence or a table has ended, a heading; elsewhere (labels displaced by PDF extraction: …3、其他四、
      // 政府信息公开行政复议…) only a table part's heading, with its table's labels right after it.
      const boundary = start === 0 || BEFORE.test(text[start - 1]!);
      if (!boundary && anchors.length === 0) continue;
      let end = at + words.length;
      if ('。：:'.includes(text[end] ?? '')) end++;
      if (anchors.length > 0) {
        const after = normLabel(text.slice(end, end + (boundary ? ANCHOR_WINDOW : ADJACENT_WINDOW)));
        if (!anchors.some((l) => after.includes(l))) continue;
      }
      return { block: b, start, end };
    }
  }
  return null;
}

/** The title at the start of a flat first line (…政府信息公开工作年度报告本报告由…): cut after 年度报告. */
const TITLE_END = '年度报告';
const MAX_TITLE = 80;

/**
 * The document with every line that holds run-in part headings cut before and after each heading; the document
 * itself when there is none (every ordinary report).
 */
export function splitRunInHeadings(doc: ReportDocument): ReportDocument {
  const cuts: Cut[] = [];
  let block = 0;
  let offset = 0;
  for (const part of PARTS) {
    const cut = findCut(doc, part, block, offset);
    if (!cut) continue;
    const text = (doc.blocks[cut.block] as Extract<Block, { kind: 'line' }>).text;
    // A heading alone on its line (with its indent) is found by the parts finder as it is.
    if (text.slice(0, cut.start).trim() !== '' || text.slice(cut.end).trim() !== '') cuts.push(cut);
    block = cut.block;
    offset = cut.end;
  }
  if (cuts.length === 0) return doc;
  const blocks: Block[] = [];
  doc.blocks.forEach((b, i) => {
    const here = cuts.filter((c) => c.block === i);
    if (here.length === 0 || b.kind !== 'line') {
      blocks.push(b);
      return;
    }
    let from = 0;
    for (const c of here) {
      if (b.text.slice(from, c.start).trim())
        blocks.push({ kind: 'line', text: b.text.slice(from, c.start).trimEnd() });
      blocks.push({ kind: 'line', text: b.text.slice(c.start, c.end).trim() });
      from = c.end;
    }
    if (b.text.slice(from).trim()) blocks.push({ kind: 'line', text: b.text.slice(from).trim() });
  });
  // The title runs into the opening the same way when the first part's heading did.
  const first = blocks.findIndex((b) => b.kind === 'line' && b.text.trim() !== '');
  const head = first >= 0 ? blocks[first] : undefined;
  if (head?.kind === 'line' && head.text.length > MAX_TITLE) {
    const end = head.text.indexOf(TITLE_END);
    if (end > 0 && end < MAX_TITLE) {
      const cut = end + TITLE_END.length;
      blocks.splice(
        first,
        1,
        { kind: 'line', text: head.text.slice(0, cut) },
        { kind: 'line', text: head.text.slice(cut).trim() },
      );
    }
  }
  return { ...doc, blocks };
}
