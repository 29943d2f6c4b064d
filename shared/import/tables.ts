/**
 * Reads the three tables (二 active, 三 applications, 四 litigation) from token streams into cell values.
 * Table 二's rows have unique labels and are found by label. Tables 三 and 四 are read by the order of their number
 * rows (labels are too often split, displaced or lost in extraction), checked against the count the format needs;
 * every irregularity becomes a doubt, and a row that cannot be placed stays unplaced.
 */
import { cellDisplayName } from '../templates';
import type { CellDef, FormatId, MoneyUnit } from '../templates';
import type { ParsedNumber } from './normalize';
import { rowSpecs } from './rowSpecs';
import type { RowSpec } from './rowSpecs';
import type { Group, TokenStream, ValueToken } from './tokens';

export interface CellRead {
  /** null: printed blank. */
  readonly value: number | null;
  readonly unit?: MoneyUnit;
}

export interface TableRead {
  /** Values of every cell found, derived totals included (checked, then dropped by the caller). */
  readonly cells: Map<string, CellRead>;
  /** Cells the printed table has no place for (2021 （六） rows when the report prints one （六） row). */
  readonly notPrinted: string[];
  /** Cells split out of a run of digits by the table's arithmetic (see Coverage.recovered). */
  readonly recovered: string[];
  readonly doubts: string[];
}

export function newRead(): TableRead {
  return { cells: new Map(), notPrinted: [], recovered: [], doubts: [] };
}

const show = (v: ValueToken) => (v.num === null ? '空' : v.raw);
const showList = (vs: readonly ValueToken[]) => vs.map(show).join('、');

function setCell(read: TableRead, cell: CellDef, token: ValueToken) {
  read.cells.set(cell.address, toCellRead(read, cell, token.num));
}

export function toCellRead(read: TableRead, cell: CellDef, num: ParsedNumber | null): CellRead {
  if (num === null) return { value: null };
  if (num.unit && cell.unit && num.unit !== cell.unit) {
    read.doubts.push(`${cellDisplayName(cell)}：印的单位是${num.unit}，表头单位是${cell.unit}，数值按原样导入，请核对`);
  }
  if (cell.unitChoice) {
    if (num.unit) return { value: num.value, unit: num.unit };
    read.doubts.push(`${cellDisplayName(cell)}：没有印单位（元或万元），请补选单位`);
  }
  return { value: num.value };
}

// ---------------------------------------------------------------- table 二: by row label

export function labelMatches(tokenNorm: string, spec: RowSpec): boolean {
  if (!tokenNorm || !spec.norm) return false;
  if (tokenNorm === spec.norm || tokenNorm.endsWith(spec.norm)) return true;
  // 规范性文件 printed under 2021 headers for 行政规范性文件.
  return tokenNorm.length >= 4 && spec.norm.endsWith(tokenNorm);
}

export function readActive(format: FormatId, stream: TokenStream): TableRead {
  const read = newRead();
  const { tokens } = stream;
  /** Number tokens that follow a row label: whatever is left over is printed somewhere no row claims. */
  const claimed = new Set<number>();
  let incomplete = false;
  let after = 0;
  for (const spec of rowSpecs(format, 'active')) {
    const find = (from: number) => {
      for (let i = from; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.kind === 'label' && labelMatches(t.norm, spec)) return i;
      }
      return -1;
    };
    let at = find(after);
    if (at < 0) at = find(0);
    if (at < 0) {
      incomplete = true; // reported as missing
      continue;
    }
    after = at + 1;
    const values: ValueToken[] = [];
    for (let i = at + 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'label') break;
      values.push(t);
      claimed.add(i);
    }
    while (values.length > spec.cells.length && values[values.length - 1]!.num === null) values.pop();
    if (values.length < spec.cells.length || values.length > spec.cells.length) {
      const found = values.filter((v) => v.num !== null);
      read.doubts.push(
        `表二「${spec.label}」一行应有${spec.cells.length}个数字，找到${found.length}个` +
          (found.length ? `（${showList(found)}）` : '') +
          `，无法确定各属哪一列，这一行未导入`,
      );
      incomplete = true;
      continue;
    }
    spec.cells.forEach((cell, i) => setCell(read, cell, values[i]!));
  }
  const loose = tokens.filter((t, i): t is ValueToken => t.kind === 'value' && t.num !== null && !claimed.has(i));
  if (loose.length > 0 && incomplete) {
    // Only worth saying when a row is missing or came out short: the loose numbers may be its cells.
    read.doubts.push(
      `表二中另有未归入任何一行的数字（${showList(loose)}），其中可能有上面未导入的单元格，请对照原报告核对`,
    );
  }
  return read;
}

// ---------------------------------------------------------------- tables 三 and 四: by row order

interface Chunk {
  readonly values: readonly ValueToken[];
  readonly regular: boolean;
}

/** Splits number groups into rows of `width`; a group that is not a whole number of rows stays one irregular chunk. */
function chunksOf(groups: readonly Group[], width: number): Chunk[] {
  const out: Chunk[] = [];
  for (const g of groups) {
    const values = [...g.values];
    while (values.length > width && values.length % width !== 0 && values[values.length - 1]!.num === null) {
      values.pop();
    }
    if (values.length % width === 0) {
      for (let i = 0; i < values.length; i += width) out.push({ values: values.slice(i, i + width), regular: true });
    } else out.push({ values, regular: false });
  }
  return out;
}

function placeRows(read: TableRead, specs: readonly RowSpec[], chunks: readonly Chunk[], tableName: string) {
  specs.forEach((spec, i) => {
    const chunk = chunks[i]!;
    if (!chunk.regular) {
      read.doubts.push(
        `${tableName}「${spec.label}」一行应有${spec.cells.length}个数字，按顺序在此处找到${chunk.values.length}个` +
          `（${showList(chunk.values)}），无法确定各属哪一列，这一行未导入`,
      );
      return;
    }
    spec.cells.forEach((cell, j) => setCell(read, cell, chunk.values[j]!));
  });
}

/**
 * 2021 headers over a single （六）其他处理 row: its numbers go to the last （六） row (3.其他), the other two stay
 * empty and are listed as not printed, with a doubt line.
 */
export function flexibleSpecs(format: FormatId): { specs: RowSpec[]; merged: RowSpec[] } | null {
  if (format !== '2021') return null;
  const old = new Set(rowSpecs('2019', 'applications').map((s) => s.cells[0]!.row));
  const specs2021 = rowSpecs('2021', 'applications');
  const merged = specs2021.filter((s) => !old.has(s.cells[0]!.row));
  if (merged.length < 2) return null;
  const keep = merged[merged.length - 1]!;
  return { specs: specs2021.filter((s) => !merged.includes(s) || s === keep), merged };
}

/** The rows a single printed （六） row stands for: listed as not printed, with the doubt saying where its numbers went. */
export function oneRowOfOtherHandling(read: TableRead, flexible: { specs: RowSpec[]; merged: RowSpec[] }) {
  const keep = flexible.merged[flexible.merged.length - 1]!;
  const group = keep.labels.length > 1 ? keep.labels[0] : flexible.merged[0]!.labels[0];
  for (const spec of flexible.merged) {
    if (spec === keep) continue;
    for (const cell of spec.cells) if (!cell.sumOf) read.notPrinted.push(cell.address);
  }
  read.doubts.push(
    `表三只印了一行「${group ?? keep.label}」（2021年格式分为${flexible.merged.length}行），` +
      `其数字已全部计入「${keep.label}」，` +
      `${flexible.merged
        .filter((s) => s !== keep)
        .map((s) => `「${s.label}」`)
        .join('、')}留空，请按实际情况拆分`,
  );
}

export function readApplications(format: FormatId, stream: TokenStream): TableRead {
  const read = newRead();
  const specs = rowSpecs(format, 'applications');
  const width = specs[0]!.cells.length;
  let chunks = chunksOf(stream.groups, width);
  const flexible = flexibleSpecs(format);
  const fits = (n: number) => n === specs.length || (flexible !== null && n === flexible.specs.length);

  if (!fits(chunks.length)) {
    // Stray numbers (a displaced cell, a footnote figure) outside the rows: set aside when that makes the count fit.
    const stray = chunks.filter((c) => !c.regular && c.values.length < width / 2);
    const strays = new Set(stray);
    const rest = chunks.filter((c) => !strays.has(c));
    if (stray.length > 0 && fits(rest.length)) {
      for (const c of stray) {
        read.doubts.push(`表三中有无法归入任何一行的数字（${showList(c.values)}），未使用，请核对`);
      }
      chunks = rest;
    }
  }

  if (chunks.length === specs.length) {
    placeRows(read, specs, chunks, '表三');
  } else if (flexible && chunks.length === flexible.specs.length) {
    placeRows(read, flexible.specs, chunks, '表三');
    oneRowOfOtherHandling(read, flexible);
  } else if (chunks.length > 0) {
    const regular = chunks.filter((c) => c.regular).length;
    read.doubts.push(
      `表三应有${specs.length}行数字，找到${chunks.length}组（其中${regular}组是完整的${width}个数字），` +
        `无法可靠地对应到各行，表三未导入`,
    );
  }
  return read;
}

/** Every order of the pieces (each kept in itself), as flat value lists. */
function orders(pieces: readonly (readonly ValueToken[])[]): ValueToken[][] {
  if (pieces.length <= 1) return [pieces.flat()];
  return pieces.flatMap((piece, i) =>
    orders([...pieces.slice(0, i), ...pieces.slice(i + 1)]).map((rest) => [...piece, ...rest]),
  );
}
/** 7! = 5040 orders of 15 numbers is still quick; more pieces than that is noise, not a table. */
const MAX_PIECES = 7;

/** Whether every printed group total of the row equals its parts (blank counts as 0). */
function totalsHold(cells: readonly CellDef[], values: readonly ValueToken[]): boolean {
  const byAddress = new Map(cells.map((c, i) => [c.address, values[i]!.num?.value ?? 0]));
  return cells.every(
    (c) => !c.sumOf || c.sumOf.reduce((s, a) => s + byAddress.get(a)!, 0) === byAddress.get(c.address),
  );
}

/** The row's groups (a total and its parts) as printed in one reading, e.g. 72、64、178、37（合计351）. */
function describeGroups(cells: readonly CellDef[], values: readonly ValueToken[]): string {
  const at = new Map(cells.map((c, i) => [c.address, values[i]!]));
  return cells
    .filter((c) => c.sumOf)
    .map((c) => `${showList(c.sumOf!.map((a) => at.get(a)!))}（合计${show(at.get(c.address)!)}）`)
    .join('；');
}

/**
 * Table 四's numbers gathered from several pieces (PDF text without layout) may be out of order. Every order of the
 * pieces whose group totals equal their parts is a possible reading; a cell is read only when all possible readings
 * give it the same value, so nothing depends on a guess about the order.
 */
function readScattered(read: TableRead, cells: readonly CellDef[], groups: readonly Group[]) {
  const pieces = groups
    .map((g) => {
      const values = [...g.values];
      while (values.length > 0 && values[values.length - 1]!.num === null) values.pop();
      return values;
    })
    .filter((values) => values.length > 0);
  const all = pieces.flat();
  if (pieces.length > MAX_PIECES) {
    read.doubts.push(
      `表四的${cells.length}个数字分散在${pieces.length}处（${showList(all)}），太零散，无法可靠地排出次序，表四未导入`,
    );
    return;
  }
  const readings = orders(pieces).filter((values) => totalsHold(cells, values));
  const distinct = new Map(readings.map((r) => [r.map(show).join(' '), r]));
  if (distinct.size === 0) {
    read.doubts.push(
      `表四的${cells.length}个数字分散在几处（${showList(all)}），无论按什么次序合计都对不上，` +
        `可能是提取文本时漏了或错了数字，表四未导入`,
    );
    return;
  }
  const [first, ...others] = [...distinct.values()];
  const settled = cells.filter((_, i) => others.every((r) => show(r[i]!) === show(first![i]!)));
  settled.forEach((cell) => setCell(read, cell, first![cells.indexOf(cell)]!));
  if (settled.length === cells.length) return;
  const groupNames = cells.filter((c) => c.sumOf).map((c) => `「${c.rowLabel}」`);
  const sameGroups = new Set([...distinct.values()].map((r) => describeGroups(cells, r).split('；').sort().join('；')));
  // Totals are recomputed from their parts, so only the entered cells count towards what was (not) imported.
  const entered = cells.filter((c) => !c.sumOf).length;
  const imported = settled.filter((c) => !c.sumOf).length;
  read.doubts.push(
    `表四的${cells.length}个数字分散在几处（${showList(all)}），次序被打乱，有${distinct.size}种排法合计都对得上` +
      (sameGroups.size === 1
        ? `：按合计可分为${describeGroups(cells, first!)}，但无法从文本确定各组属于`
        : '，无法确定各数字属于') +
      `${groupNames.join('、')}中的哪一栏；` +
      (imported > 0 ? `各种排法一致的${imported}格已导入，其余${entered - imported}格未导入` : `这${entered}格未导入`) +
      '，请对照原报告填写',
  );
}

export function readLitigation(format: FormatId, stream: TokenStream): TableRead {
  const read = newRead();
  const spec = rowSpecs(format, 'litigation')[0]!;
  const width = spec.cells.length;
  const all = stream.groups.flatMap((g) => g.values);
  const trimmed = [...all];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]!.num === null) trimmed.pop();
  let values: readonly ValueToken[] | undefined = stream.groups.find((g) => g.values.length === width)?.values;
  if (!values && trimmed.length === width) {
    if (totalsHold(spec.cells, trimmed)) values = trimmed;
    else {
      readScattered(read, spec.cells, stream.groups);
      return read;
    }
  }
  if (!values) {
    if (all.length > 0) {
      read.doubts.push(
        `表四应有${width}个数字，找到${all.filter((v) => v.num !== null).length}个（${showList(all.slice(0, 30))}），` +
          `无法确定各属哪一列，表四未导入`,
      );
    }
    return read;
  }
  spec.cells.forEach((cell, i) => setCell(read, cell, values[i]!));
  return read;
}

export { TABLE_NAMES } from '../templates';
