/**
 * PDF text positions → the importer's blocks. A PDF has no paragraphs or tables, only glyph runs at coordinates:
 * runs on one baseline form a line; a line is cut into segments where the gap is wider than a space; a line with a
 * number segment is a table row. Rows between a heading or prose line and the next one, on one page and under one
 * header, form a table, whose columns are the x-ranges of its number cells (plus header cells over columns that hold
 * no number at all), so a blank cell stays a blank cell instead of shifting the numbers after it one column left.
 */
import { isPageNumber } from '../../../shared/import/document';
import type { Block, ReportDocument } from '../../../shared/import/document';
import { isBlankCell, parseNumberCell } from '../../../shared/import/normalize';

/** One text run as pdfjs reports it, in PDF units (y grows upwards). */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (the run's height). */
  readonly size: number;
}

interface Segment {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  readonly segments: Segment[];
  readonly x0: number;
  /** Where the line's last run ends. */
  readonly x1: number;
  readonly size: number;
  /** Some segment is a number cell. */
  readonly numeric: boolean;
  readonly page: number;
}

/** Gap (in font sizes) wider than any inter-word space in running text: the runs are different cells. */
const CELL_GAP = 0.9;
/** Baselines closer than this (in font sizes) are one line: a number cell sits a little lower than its label. */
const SAME_LINE = 0.4;
/** Cell padding: the least gap between a label and the number cell after it, as a browser prints a table. */
const SOFT_GAP = 0.1;
/** Table 四, the widest, has 15 number columns. */
const MAX_COLUMNS = 40;

const ascii = (c: string | undefined) => c !== undefined && /[\x21-\x7e]/.test(c);

/** Joins two runs of one line: a space only between two Latin words, never between CJK and digits (2024年). */
function joinRuns(a: string, b: string, gap: number, size: number): string {
  return gap > size * 0.15 && ascii(a[a.length - 1]) && ascii(b[0]) ? `${a} ${b}` : a + b;
}

/**
 * Chromium's PDFs write some characters as their radical twins: Kangxi radicals (⾏ for 行, ⼆ for 二), which NFKC
 * maps back, and CJK radicals supplement (⺠ for 民, ⻓ for 长), which it does not: those are mapped here.
 */
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2ee2': '马',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
};
const unRadical = (text: string) => text.replace(RADICALS, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));

function linesOfPage(runs: readonly TextRun[], page: number): Line[] {
  const sorted = runs
    .map((r) => ({ ...r, text: unRadical(r.text) }))
    .filter((r) => r.text.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y) && r.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let ref = Number.NaN;
  let refSize = 0;
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    if (last && ref - run.y <= SAME_LINE * Math.min(refSize, run.size)) {
      last.push(run);
      continue;
    }
    groups.push([run]);
    ref = run.y;
    refSize = run.size;
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const size = group.reduce((m, r) => Math.max(m, r.size), 0);
    const hard = segmentsOf(group, (run, _prev, gap) => gap > CELL_GAP * run.size);
    const numeric = (segs: readonly Segment[]) =>
      segs.length >= 2 && segs.some((seg) => parseNumberCell(seg.text) !== null);
    // A browser prints a cell's number close to a wide label cell's text: in a table row, a number run set apart
    // from the text before it is a cell of its own, though the gap is narrower than a character.
    const soft = numeric(hard)
      ? segmentsOf(
          group,
          (run, prev, gap) =>
            gap > CELL_GAP * run.size ||
            (gap > SOFT_GAP * run.size && parseNumberCell(run.text) !== null && !/[\d.]$/.test(prev.text)),
        )
      : hard;
    const x1 = soft.reduce((m, seg) => Math.max(m, seg.x1), -Infinity);
    return { segments: soft, x0: soft[0]!.x0, x1, size, numeric: numeric(soft), page };
  });
}

function segmentsOf(runs: readonly TextRun[], cuts: (run: TextRun, prev: TextRun, gap: number) => boolean): Segment[] {
  const segments: Segment[] = [];
  let prev: TextRun | null = null;
  for (const run of runs) {
    const text = run.text.replace(/\s+/g, ' ');
    const cur = segments[segments.length - 1];
    const gap = cur ? run.x - cur.x1 : Infinity;
    if (cur && prev && !cuts(run, prev, gap)) {
      cur.text = joinRuns(cur.text, text.trimStart(), gap, run.size);
      cur.x1 = Math.max(cur.x1, run.x + run.width);
    } else {
      segments.push({ text: text.trim(), x0: run.x, x1: run.x + Math.max(run.width, 0) });
    }
    prev = run;
  }
  for (const seg of segments) seg.text = seg.text.trim();
  return segments;
}

const lineText = (line: Line) => line.segments.reduce((acc, s) => (acc ? joinRuns(acc, s.text, 1, 1) : s.text), '');

/** A line that ends a table: a part heading (一、…) or running prose. */
function endsTable(line: Line): boolean {
  if (line.numeric) return false;
  const t = lineText(line);
  return /^[一二三四五六七八九十]+[、.．]\S{4}/.test(t) || t.length > 40 || (t.length > 20 && /[。；]/.test(t));
}

interface Column {
  x0: number;
  x1: number;
}

const overlaps = (a: Column, b: Segment) => a.x0 <= b.x1 && b.x0 <= a.x1;

/** Column x-ranges of one table: merged ranges of its number cells, then header cells over no number column. */
function columnsOf(lines: readonly Line[]): Column[] {
  const cells = lines.flatMap((l) => (l.numeric ? l.segments.filter((s) => parseNumberCell(s.text) !== null) : []));
  const ranges = cells.map((s) => ({ x0: s.x0, x1: s.x1 })).sort((a, b) => a.x0 - b.x0);
  const cols: Column[] = [];
  for (const r of ranges) {
    const last = cols[cols.length - 1];
    if (last && r.x0 <= last.x1 + 1) last.x1 = Math.max(last.x1, r.x1);
    else cols.push({ ...r });
  }
  // No report table is this wide; cells are then taken as printed, and the work per row stays bounded.
  if (cols.length > MAX_COLUMNS) return [];
  if (cols.length < 2) return cols;
  const left = cols[0]!.x0;
  // A column no row has a number in is known only from its header cell, which then sits well clear of every number
  // column (unlike the pieces of a wrapped header, which sit over their own column's numbers).
  for (const line of lines) {
    if (line.numeric) continue;
    for (const s of line.segments) {
      if (cols.length >= MAX_COLUMNS) return cols;
      if (s.x0 < left - 1 || s.text.length > 8 || cols.some((c) => overlaps(c, s))) continue;
      const mid = (s.x0 + s.x1) / 2;
      const clear = Math.max(s.x1 - s.x0, 2 * line.size);
      if (cols.some((c) => Math.min(Math.abs(mid - c.x0), Math.abs(mid - c.x1)) < clear)) continue;
      cols.push({ x0: s.x0, x1: s.x1 });
      cols.sort((a, b) => a.x0 - b.x0);
    }
  }
  return cols;
}

const numbersLeft = (line: Line) =>
  line.segments.reduce((m, s) => (parseNumberCell(s.text) !== null ? Math.min(m, s.x0) : m), Infinity);

function nearestColumn(cols: readonly Column[], s: Segment): number {
  const mid = (s.x0 + s.x1) / 2;
  let best = 0;
  let bestDist = Infinity;
  cols.forEach((c, i) => {
    const d = mid < c.x0 ? c.x0 - mid : mid > c.x1 ? mid - c.x1 : 0;
    if (d < bestDist) {
      bestDist = d;
      best = i;
    }
  });
  return best;
}

/** A number row as cells: its labels, then one cell per column right of the labels (blank where nothing printed). */
function rowCells(line: Line, cols: readonly Column[]): string[] {
  if (cols.length === 0) return line.segments.map((s) => (isBlankCell(s.text) ? '' : s.text));
  const labels: Segment[] = [];
  const placed = new Map<number, string>();
  for (const s of line.segments) {
    const isValue = parseNumberCell(s.text) !== null || isBlankCell(s.text);
    if (!isValue && placed.size === 0) {
      labels.push(s);
      continue;
    }
    const col = nearestColumn(cols, s);
    placed.set(col, placed.has(col) ? `${placed.get(col)}${s.text}` : s.text);
  }
  const labelEnd = labels.length ? labels[labels.length - 1]!.x1 : -Infinity;
  let first = cols.findIndex((c) => c.x0 >= labelEnd - 1);
  if (first < 0) first = cols.length;
  const firstPlaced = [...placed.keys()].reduce((m, k) => Math.min(m, k), Infinity);
  if (firstPlaced < first) first = firstPlaced;
  const values: string[] = [];
  for (let c = first; c < cols.length; c++) values.push(isBlankCell(placed.get(c) ?? '') ? '' : placed.get(c)!);
  return [...labels.map((l) => l.text), ...values];
}

const lastSegment = (line: Line) => line.segments[line.segments.length - 1]!;

/**
 * A row label that wraps is printed around its numbers, which sit on the cell's middle line: as many label lines
 * above the numbers as below. Returns, for rows [from, to), the label of each number row printed without one (by
 * its index) and null for each label line taken into it.
 */
function wrappedLabels(lines: readonly Line[], from: number, to: number, left: number): Map<number, string | null> {
  const out = new Map<number, string | null>();
  for (let k = from; k < to; k++) {
    const row = lines[k]!;
    if (!row.numeric || parseNumberCell(row.segments[0]!.text) === null) continue;
    const above: number[] = [];
    let anchor = Infinity;
    for (let a = k - 1; a >= from && !lines[a]!.numeric && !out.has(a); a--) {
      const seg = lastSegment(lines[a]!);
      // The item column's own lines; a group label further left (（三）不予公开) is another cell.
      if (seg.x1 > left || (above.length > 0 && seg.x0 < anchor - 2)) break;
      anchor = Math.min(anchor, seg.x0);
      above.unshift(a);
    }
    if (above.length === 0) continue;
    const below: number[] = [];
    for (let b = k + 1; b < to && below.length < above.length && !lines[b]!.numeric; b++) {
      const seg = lastSegment(lines[b]!);
      if (seg.x1 > left || seg.x0 < anchor - 2) break;
      below.push(b);
    }
    const taken = [...above, ...below];
    out.set(k, taken.map((t) => lastSegment(lines[t]!).text).join(''));
    for (const t of taken) out.set(t, lines[t]!.segments.length === 1 ? null : '');
  }
  return out;
}

/**
 * The body's right margin: the line end most prose lines reach (within a point or two; the ends of justified lines
 * agree, a browser's ragged ones nearly so). Sorted once and scanned with a window, so linear after the sort.
 */
function rightMargin(lines: readonly Line[]): number {
  const ends = lines
    .filter((l) => !l.numeric)
    .map((l) => l.x1)
    .sort((a, b) => a - b);
  let best = ends[ends.length - 1] ?? 0;
  let bestCount = 0;
  let from = 0;
  for (let to = 0; to < ends.length; to++) {
    while (ends[to]! - ends[from]! > 3) from++;
    if (to - from + 1 >= bestCount) {
      bestCount = to - from + 1;
      best = ends[to]!;
    }
  }
  return best;
}

/** A line ending this many characters before the right margin stops short, as a paragraph's last line does. */
const SHORT_LINE = 1.5;

/** Pages of text runs (in reading order of pages) → a text document with table rows. */
export function layoutDocument(pages: readonly (readonly TextRun[])[]): ReportDocument {
  const lines: Line[] = [];
  for (const [page, runs] of pages.entries()) {
    for (const line of linesOfPage(runs, page)) {
      if (line.segments.length === 1 && isPageNumber(line.segments[0]!.text)) continue;
      lines.push(line);
    }
  }
  // The body's left margin: the most common line start, so that a first-line indent can be kept as leading spaces.
  const starts = new Map<number, number>();
  for (const l of lines) if (!l.numeric) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const margin = [...starts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const right = rightMargin(lines);

  const blocks: Block[] = [];
  let tableEnd = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.numeric) {
      const ems = Math.round((line.x0 - margin) / line.size);
      const indent = ems >= 1 ? ' '.repeat(Math.min(ems, 4) * 2) : '';
      // With the indent, this tells the narrative where a paragraph ends (shared/import/narrative.ts).
      blocks.push({ kind: 'line', text: indent + lineText(line), short: line.x1 < right - SHORT_LINE * line.size });
      i++;
      continue;
    }
    // A table: its header lines above this row, then rows down to a heading or prose line, the page's end, or a
    // line with text over the number columns — the header of the next small table (表二 prints four, one under
    // another, with different columns). A label wrapped onto its own line stays left of the numbers.
    let start = i;
    while (start > tableEnd && !endsTable(lines[start - 1]!) && !lines[start - 1]!.numeric) start--;
    let left = numbersLeft(line);
    let end = i + 1;
    while (end < lines.length) {
      const l = lines[end]!;
      if (endsTable(l) || l.page !== lines[end - 1]!.page) break;
      if (l.numeric) left = Math.min(left, numbersLeft(l));
      else if (l.segments.some((s) => s.x1 > left + 1)) break;
      end++;
    }
    const cols = columnsOf(lines.slice(start, end));
    const labels = wrappedLabels(lines, i, end, left);
    for (let k = i; k < end; k++) {
      const l = lines[k]!;
      const label = labels.get(k);
      if (label === null) continue;
      if (l.numeric) {
        const cells = rowCells(l, cols);
        blocks.push({ kind: 'row', cells: label ? [label, ...cells] : cells });
      } else {
        // A line whose item-column part went into a row label keeps its other cells (a group label).
        const rest = label === '' ? { ...l, segments: l.segments.slice(0, -1) } : l;
        blocks.push({ kind: 'line', text: lineText(rest) });
      }
    }
    tableEnd = end;
    i = end;
  }
  return { blocks, source: 'text' };
}
