/**
 * Tables of text scraped flat: the cells of a row run together ("950000095"), or stand apart with the next label glued
 * to the last one ("0 0 0 0 0 01.属于国家秘密"). The region is read as labels and runs of digits; each run is split
 * by the table's own arithmetic (digitRuns.ts) — the row total, table 四's group totals, and across the rows of
 * table 三 its column totals and the balance 一+二 = 三（七）+四. A run with exactly one split gives its cells (listed
 * as recovered); any other run leaves its cells empty, with a doubt naming the candidates.
 */
import { applicationsRows, cellIndex, getFormat } from '../templates';
import type { CellDef, FormatId, TableId } from '../templates';
import { describeCandidates, splitRun, sumsWithin, tableBudget } from './digitRuns';
import type { RunSplit, SplitBudget } from './digitRuns';
import type { ReportDocument } from './document';
import { stripOrdinal } from './headings';
import { normLabel } from './normalize';
import { rowSpecs } from './rowSpecs';
import type { RowSpec } from './rowSpecs';
import { flexibleSpecs, labelMatches, newRead, oneRowOfOtherHandling, TABLE_NAMES, toCellRead } from './tables';
import type { TableRead } from './tables';

/** A region read flat has at most this many lines: a table printed with its shape has one per row at least. */
const MAX_FLAT_LINES = 3;

type Item =
  | { readonly kind: 'label'; readonly norm: string }
  | { readonly kind: 'run'; readonly pieces: readonly string[]; readonly raw: string; readonly unit?: '元' | '万元' };

/** Whether blocks [from, to) hold a table scraped flat: a few lines of text, one of them long, with digits in it. */
export function isFlatRegion(doc: ReportDocument, from: number, to: number): boolean {
  let lines = 0;
  let digits = false;
  for (let b = from; b < to; b++) {
    const block = doc.blocks[b]!;
    if (block.kind !== 'line') return false;
    if (!block.text.trim()) continue;
    if (++lines > MAX_FLAT_LINES) return false;
    digits ||= /\d/.test(block.text);
  }
  return digits;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isCjk = (ch: string) => ch >= '\u4e00' && ch <= '\u9fff';
const isMinus = (ch: string | undefined) => ch === '-';

/**
 * Labels and runs, in order. A run is digits, decimal points and spaces between them (the spaces the source kept
 * are cell boundaries); the last digit before 、 or . and a non-digit is an item number of the next label (1.属于…).
 */
export function flatItems(text: string): Item[] {
  const t = text.normalize('NFKC');
  const items: Item[] = [];
  let label = '';
  const flush = () => {
    const norm = normLabel(label);
    if (norm) items.push({ kind: 'label', norm });
    label = '';
  };
  let i = 0;
  while (i < t.length) {
    const ch = t[i]!;
    const starts = isDigit(ch) || (isMinus(ch) && isDigit(t[i + 1]) && !isDigit(t[i - 1]));
    if (!starts) {
      label += ch;
      i++;
      continue;
    }
    let j = i;
    while (
      j < t.length &&
      (isDigit(t[j]) ||
        (t[j] === '.' && isDigit(t[j - 1]) && isDigit(t[j + 1])) ||
        (isSpace(t[j]) && isDigit(t[j - 1]) && (isDigit(t[j + 1]) || isSpace(t[j + 1]) || isMinus(t[j + 1]))) ||
        (isSpace(t[j]) && isSpace(t[j - 1])) ||
        (isMinus(t[j]) && (j === i || isSpace(t[j - 1])) && isDigit(t[j + 1])))
    )
      j++;
    let end = j;
    while (end > i && isSpace(t[end - 1])) end--;
    // 1.属于国家秘密, 1、信访举报: the item number belongs to the label that follows.
    if (/[、.]/.test(t[end] ?? '') && !isDigit(t[end + 1]) && isDigit(t[end - 1])) {
      end--;
      while (end > i && isSpace(t[end - 1])) end--;
    }
    if (end <= i || (end - i === 1 && isMinus(t[i]))) {
      label += t.slice(i, j);
      i = j;
      continue;
    }
    flush();
    const raw = t.slice(i, end);
    const unit = t.startsWith('万元', end) ? '万元' : t.startsWith('元', end) ? '元' : undefined;
    const pieces = raw.split(/\s+|(?=-)/).filter(Boolean);
    items.push(unit ? { kind: 'run', pieces, raw, unit } : { kind: 'run', pieces, raw });
    i = unit ? end + unit.length : end;
  }
  flush();
  return items;
}

function regionText(doc: ReportDocument, from: number, to: number): string {
  const lines: string[] = [];
  for (let b = from; b < to; b++) {
    const block = doc.blocks[b]!;
    if (block.kind === 'line') lines.push(block.text);
  }
  // A line break the scraper kept is a boundary, like a space.
  return lines.join(' ');
}

type Run = Extract<Item, { kind: 'run' }>;

/** Sets the cells of a split; cells split out of fewer pieces than cells are recovered. */
function take(read: TableRead, cells: readonly CellDef[], run: Run, split: readonly string[]) {
  cells.forEach((cell, i) => {
    const unit = i === cells.length - 1 ? run.unit : undefined;
    read.cells.set(cell.address, toCellRead(read, cell, { value: Number(split[i]!), ...(unit ? { unit } : {}) }));
  });
  if (run.pieces.length < cells.length) for (const c of cells) if (!c.sumOf) read.recovered.push(c.address);
}

/** A run as quoted in a doubt: a hostile one is not copied whole into the report. */
const quote = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);

function unresolved(where: string, run: Run, split: RunSplit, cells: readonly CellDef[]): string {
  const width = cells.length;
  const raw = quote(run.raw);
  if (split.overflow)
    return `${where}的数字连在一起（${raw}），太长，无法可靠地拆分成${width}格，未导入，请对照原报告填写`;
  if (split.count === 0) {
    return sumsWithin(cells).length > 0
      ? `${where}的数字连在一起（${raw}），无论怎样拆成${width}格，合计都对不上，未导入，请对照原报告填写`
      : `${where}的数字连在一起（${raw}），拆不出${width}个数字，未导入，请对照原报告填写`;
  }
  return (
    `${where}的数字连在一起（${raw}），有${split.count}种拆法` +
    (sumsWithin(cells).length > 0 ? '都符合表格的合计关系' : '') +
    `（${describeCandidates(split)}），无法确定，未导入，请对照原报告填写`
  );
}

// ---------------------------------------------------------------- table 二: by row label

function readFlatActive(format: FormatId, items: readonly Item[]): TableRead {
  const read = newRead();
  const budget = tableBudget();
  let after = 0;
  const used = new Set<number>();
  for (const spec of rowSpecs(format, 'active')) {
    // In the printed order first; some pages print the blocks of table 二 in another order.
    const find = (from: number) => {
      for (let i = from; i < items.length; i++) {
        const item = items[i]!;
        if (item.kind === 'label' && !used.has(i) && labelMatches(item.norm, spec) && items[i + 1]?.kind === 'run')
          return i;
      }
      return -1;
    };
    let at = find(after);
    if (at < 0) at = find(0);
    if (at < 0) continue; // reported as missing
    used.add(at);
    after = at + 2;
    const run = items[at + 1] as Run;
    const split = splitRun(run.pieces, spec.cells, budget);
    if (split.count === 1 && !split.overflow) take(read, spec.cells, run, split.candidates[0]!);
    else read.doubts.push(unresolved(`表二「${spec.label}」一行`, run, split, spec.cells));
  }
  return read;
}

// ---------------------------------------------------------------- table 三: by row order and arithmetic

/** Every entered cell of table 三 with its value from a choice of splits (rows without one are absent). */
type Values = Map<string, number>;

/** Column totals and the balance, over the rows that have values; a sum with a part unknown is not checked. */
function applicationsHold(format: FormatId, values: Values): boolean {
  const cells = cellIndex(format).derived.filter((c) => c.table === 'applications');
  for (const cell of cells) {
    const total = values.get(cell.address);
    const parts = cell.sumOf!.map((a) => values.get(a));
    if (total === undefined || parts.some((p) => p === undefined)) continue;
    if (parts.reduce((s, p) => s! + p!, 0) !== total) return false;
  }
  const rows = applicationsRows(format);
  const columns = getFormat(format).tables.applications.cells.filter((c) => c.row === rows[0]!.id);
  const side = (sections: readonly string[], col: string) => {
    let sum = 0;
    for (const row of rows.filter((r) => sections.includes(r.section))) {
      const v = values.get(`applications.${row.id}.${col}`);
      if (v === undefined) return undefined;
      sum += v;
    }
    return sum;
  };
  return columns.every((c) => {
    const incoming = side(['new', 'carriedOver'], c.col);
    const outgoing = side(['total', 'carryForward'], c.col);
    return incoming === undefined || outgoing === undefined || incoming === outgoing;
  });
}

/** Choices of splits tried together across rows, at most. */
const MAX_COMBINATIONS = 4096;

const charsOf = (run: Run) => run.pieces.reduce((n, p) => n + p.length, 0);

/** A run and the rows it holds: one, or several when the source printed rows without a label between them. */
interface Unit {
  readonly run: Run;
  readonly specs: readonly RowSpec[];
  readonly cells: readonly CellDef[];
  readonly split: RunSplit;
}

/**
 * How many rows each run holds so that they add up to `rows`: the only way, or null. A run may hold k rows when it
 * splits into k rows that each satisfy their row total (rows of table 三 all have the same shape).
 */
function rowsPerRun(
  runs: readonly Run[],
  specs: readonly RowSpec[],
  rows: number,
  budget: SplitBudget,
): number[] | null {
  const width = specs[0]!.cells.length;
  const fits = runs.map((run) => {
    const ks: number[] = [];
    for (let k = 1; k * width <= charsOf(run) && k < specs.length; k++) {
      const split = splitRun(
        run.pieces,
        specs.slice(0, k).flatMap((s) => s.cells),
        budget,
      );
      if (split.count > 0 || split.overflow) ks.push(k);
    }
    // A run no split of which satisfies the sums is one row whose printed total is wrong: placed, and reported.
    return ks.length > 0 ? ks : [1];
  });
  // ways[i][r]: in how many ways (0, 1, 2 = several) runs i… can hold r rows.
  const ways: number[][] = Array.from({ length: runs.length + 1 }, () => new Array<number>(rows + 1).fill(0));
  ways[runs.length]![0] = 1;
  for (let i = runs.length - 1; i >= 0; i--) {
    for (let r = 0; r <= rows; r++) {
      let n = 0;
      for (const k of fits[i]!) if (k <= r) n += ways[i + 1]![r - k]!;
      ways[i]![r] = Math.min(n, 2);
    }
  }
  if (ways[0]![rows] !== 1) return null;
  const out: number[] = [];
  let r = rows;
  for (let i = 0; i < runs.length; i++) {
    const k = fits[i]!.find((k) => k <= r && ways[i + 1]![r - k] === 1)!;
    out.push(k);
    r -= k;
  }
  return out;
}

function readFlatApplications(format: FormatId, items: readonly Item[]): TableRead {
  const read = newRead();
  const budget = tableBudget();
  const specs = rowSpecs(format, 'applications');
  const width = specs[0]!.cells.length;
  // The rows start at the first row's label; numbers before it belong to the header or a sentence.
  const first = stripOrdinal(specs[0]!.norm);
  const start = items.findIndex((it) => it.kind === 'label' && it.norm.includes(first));
  const runs = items.slice(Math.max(start, 0)).filter((it): it is Run => it.kind === 'run');
  // A row has one character per cell at least; shorter runs are digits inside labels (数据1) or footnotes.
  const rowRuns = runs.filter((r) => charsOf(r) >= width);
  const flexible = flexibleSpecs(format);
  const layouts = [specs, ...(flexible ? [flexible.specs] : [])]
    .map((layout) => ({ layout, ks: rowsPerRun(rowRuns, layout, layout.length, budget) }))
    .filter((l) => l.ks !== null);
  if (layouts.length !== 1) {
    if (runs.length > 0) {
      read.doubts.push(
        `表三应有${specs.length}行数字，在连在一起的文字中找到${runs.length}段数字` +
          `（${runs
            .slice(0, 5)
            .map((r) => quote(r.raw))
            .join('、')}${runs.length > 5 ? '…' : ''}），` +
          (layouts.length > 1
            ? '有不止一种方式分成各行'
            : '无法按每行的合计分成各行（可能印有空白格或行的次序被打乱）') +
          '，表三未导入，请对照原报告填写',
      );
    }
    return read;
  }
  const { layout, ks } = layouts[0]!;
  if (layout !== specs) oneRowOfOtherHandling(read, flexible!);
  const units: Unit[] = [];
  let row = 0;
  rowRuns.forEach((run, i) => {
    const unitSpecs = layout.slice(row, row + ks![i]!);
    row += unitSpecs.length;
    const cells = unitSpecs.flatMap((s) => s.cells);
    units.push({ run, specs: unitSpecs, cells, split: splitRun(run.pieces, cells, budget) });
  });
  const choice: (readonly string[] | null)[] = units.map((u) =>
    u.split.count === 1 && !u.split.overflow ? u.split.candidates[0]! : null,
  );
  // Runs their row totals leave open: tried together against the column totals and the balance.
  const open = units.flatMap((u, i) =>
    u.split.count > 1 && !u.split.overflow && u.split.count === u.split.candidates.length ? [i] : [],
  );
  const combinations = open.reduce((n, i) => n * units[i]!.split.count, 1);
  if (open.length > 0 && combinations <= MAX_COMBINATIONS) {
    const base: Values = new Map(read.notPrinted.map((a) => [a, 0]));
    choice.forEach((c, i) => c && units[i]!.cells.forEach((cell, j) => base.set(cell.address, Number(c[j]))));
    const fitting: number[][] = [];
    const pick: number[] = [];
    const walk = (k: number) => {
      if (k === open.length) {
        const values = new Map(base);
        open.forEach((u, n) =>
          units[u]!.cells.forEach((cell, j) =>
            values.set(cell.address, Number(units[u]!.split.candidates[pick[n]!]![j])),
          ),
        );
        if (applicationsHold(format, values)) fitting.push([...pick]);
        return;
      }
      for (let c = 0; c < units[open[k]!]!.split.count; c++) {
        pick.push(c);
        walk(k + 1);
        pick.pop();
      }
    };
    walk(0);
    // A run is settled when every fitting choice gives it the same split (a report that breaks its sums: none).
    open.forEach((u, n) => {
      const picks = new Set(fitting.map((f) => f[n]));
      if (picks.size === 1) choice[u] = units[u]!.split.candidates[[...picks][0]!]!;
    });
  }
  units.forEach((unit, i) => {
    const c = choice[i];
    if (c) take(read, unit.cells, unit.run, c);
    else {
      const where = unit.specs.map((s) => `「${s.label}」`).join('');
      read.doubts.push(
        unresolved(`表三${where}${unit.specs.length > 1 ? '几行' : '一行'}`, unit.run, unit.split, unit.cells),
      );
    }
  });
  return read;
}

// ---------------------------------------------------------------- table 四: one row of three groups

function readFlatLitigation(format: FormatId, items: readonly Item[]): TableRead {
  const read = newRead();
  const budget = tableBudget();
  const spec = rowSpecs(format, 'litigation')[0]!;
  // The row ends where text other than the table's own labels begins (the next part, run in without its heading).
  const own = new Set(
    getFormat(format)
      .tables.litigation.rows.flatMap((r) => r.cells)
      .flatMap((c) => (c.type === 'label' ? [...normLabel(c.text)] : [])),
  );
  const runs: Run[] = [];
  for (const item of items) {
    if (item.kind === 'run') runs.push(item);
    else if (runs.length > 0 && [...item.norm].some((ch) => isCjk(ch) && !own.has(ch))) break;
  }
  if (runs.length === 0) return read;
  // The runs in the order printed, their boundaries kept: one run per group in some pages, one for the row in others.
  const run: Run = { kind: 'run', pieces: runs.flatMap((r) => r.pieces), raw: runs.map((r) => r.raw).join(' ') };
  const split = splitRun(run.pieces, spec.cells, budget);
  if (split.count === 1 && !split.overflow) take(read, spec.cells, run, split.candidates[0]!);
  else read.doubts.push(unresolved(TABLE_NAMES.litigation, run, split, spec.cells));
  return read;
}

export function readFlatTable(
  format: FormatId,
  table: TableId,
  doc: ReportDocument,
  from: number,
  to: number,
): TableRead {
  const items = flatItems(regionText(doc, from, to));
  if (table === 'active') return readFlatActive(format, items);
  if (table === 'applications') return readFlatApplications(format, items);
  return readFlatLitigation(format, items);
}
