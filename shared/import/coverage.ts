/** The coverage report: every cell found, every cell not found, every doubt — as data and as Chinese lines. */
import { cellIndex, getFormat, TABLE_IDS } from '../templates';
import type { CellDef, FormatId, TableId } from '../templates';
import { TABLE_NAMES } from './tables';

export interface Coverage {
  readonly format: FormatId;
  /** Entered cells located in the report (with a number, or printed blank). */
  readonly found: string[];
  /** Of `found`, those printed blank: imported as empty, not 0. */
  readonly blank: string[];
  /** Entered cells the report should have printed but that could not be located or placed. */
  readonly missing: string[];
  /** Cells the printed table has no place for (a single （六） row under 2021 headers); left empty. */
  readonly notPrinted: string[];
  /**
   * Of `found`, cells whose digits ran together in the source (text scraped flat) and were split by the table's own
   * arithmetic, the only split that satisfies it. Worth a look before the draft is used.
   */
  readonly recovered: string[];
  /** Chinese sentences: anything read with less than certainty, and every printed total that disagrees. */
  readonly doubts: string[];
}

/** Cells are listed by printed row; table 四's one data row holds three groups, so it is split by group label. */
function rowKey(cell: CellDef) {
  return `${cell.table}.${cell.row}.${cell.rowLabel}`;
}

/** Some cells of one printed row: 表二「自然人」：新收… or all of them. */
export interface CoverageRow {
  readonly table: TableId;
  /** 表二「法人或其他组织」 */
  readonly where: string;
  /** The listed cells' column labels, in printed order. */
  readonly columns: string[];
  /** Every entered cell of the row is listed (and it has more than one). */
  readonly whole: boolean;
  readonly addresses: string[];
}

/** The listed cells grouped by printed row, in the table's order. */
export function coverageRows(format: FormatId, addresses: readonly string[]): CoverageRow[] {
  const index = cellIndex(format);
  const wanted = new Set(addresses);
  const rows: CoverageRow[] = [];
  const byRow = new Map<string, CellDef[]>();
  for (const cell of index.entered) {
    const list = byRow.get(rowKey(cell)) ?? [];
    list.push(cell);
    byRow.set(rowKey(cell), list);
  }
  for (const cells of byRow.values()) {
    const hit = cells.filter((c) => wanted.has(c.address));
    if (hit.length === 0) continue;
    const first = hit[0]!;
    rows.push({
      table: first.table,
      where: `${TABLE_NAMES[first.table]}「${first.rowLabel}」`,
      columns: hit.map((c) => c.colLabel),
      whole: hit.length === cells.length && cells.length > 1,
      addresses: hit.map((c) => c.address),
    });
  }
  return rows;
}

/** 全部6格, or the column labels. */
export const rowCells = (row: CoverageRow) => (row.whole ? `全部${row.addresses.length}格` : row.columns.join('、'));

function describeRows(format: FormatId, addresses: readonly string[]): string[] {
  return coverageRows(format, addresses).map((row) => `  ${row.where}：${rowCells(row)}`);
}

function tableCount(addresses: readonly string[], table: TableId) {
  return addresses.filter((a) => a.startsWith(`${table}.`)).length;
}

export function coverageLines(coverage: Coverage): string[] {
  const { format } = coverage;
  const lines: string[] = [`格式：${getFormat(format).name}（${getFormat(format).issuedBy}）`];
  lines.push(...tableCounts(coverage).map(tableCountText));
  if (coverage.recovered.length > 0) {
    lines.push(
      `其中 ${coverage.recovered.length} 格原文数字连在一起，按表格自身的合计关系拆分（唯一符合的拆法），请核对：`,
      ...describeRows(format, coverage.recovered),
    );
  }
  if (coverage.found.length > 0) lines.push('已找到：', ...describeRows(format, coverage.found));
  if (coverage.missing.length > 0) {
    lines.push(
      `未找到 ${coverage.missing.length} 格（导入后为空，请对照原报告填写）：`,
      ...describeRows(format, coverage.missing),
    );
  } else {
    lines.push(coverage.notPrinted.length > 0 ? '原报告印出的单元格均已找到。' : '所有表格单元格均已找到。');
  }
  if (coverage.notPrinted.length > 0) {
    lines.push('原报告没有印出、导入后留空的单元格：', ...describeRows(format, coverage.notPrinted));
  }
  for (const doubt of coverage.doubts) lines.push(`疑点：${doubt}`);
  return lines;
}

/** One table's count line: 表一：找到 24/24 格（其中 2 格印为空白…）. */
export interface CoverageTableCount {
  readonly table: TableId;
  readonly name: string;
  readonly found: number;
  readonly total: number;
  readonly blank: number;
  readonly notPrinted: number;
}

/**
 * The coverage report as the import screen shows it, what needs action first: the doubts, the cells not found, the
 * cells recovered by arithmetic; then the counts per table and the found cells (shown collapsed). The same data as
 * `coverageLines`, structured, so the screen never parses the Chinese lines.
 */
export interface CoverageSections {
  /** 2021年格式（国务院办公厅政府信息与政务公开办公室） */
  readonly formatName: string;
  readonly doubts: readonly string[];
  readonly missing: readonly CoverageRow[];
  readonly missingCount: number;
  readonly recovered: readonly CoverageRow[];
  readonly recoveredCount: number;
  readonly notPrinted: readonly CoverageRow[];
  readonly tables: readonly CoverageTableCount[];
  readonly found: readonly CoverageRow[];
  readonly foundCount: number;
}

function tableCounts(coverage: Coverage): CoverageTableCount[] {
  const index = cellIndex(coverage.format);
  return TABLE_IDS.map((table) => ({
    table,
    name: TABLE_NAMES[table],
    found: tableCount(coverage.found, table),
    total: index.entered.filter((c) => c.table === table).length,
    blank: tableCount(coverage.blank, table),
    notPrinted: tableCount(coverage.notPrinted, table),
  }));
}

/** 表一：找到 20/24 格（其中 2 格印为空白，导入后保持空白）. */
export function tableCountText(count: CoverageTableCount): string {
  return (
    `${count.name}：找到 ${count.found}/${count.total} 格` +
    (count.blank ? `（其中 ${count.blank} 格印为空白，导入后保持空白）` : '') +
    (count.notPrinted ? `，另有 ${count.notPrinted} 格原报告没有印出` : '')
  );
}

export function coverageSections(coverage: Coverage): CoverageSections {
  const { format } = coverage;
  return {
    formatName: `${getFormat(format).name}（${getFormat(format).issuedBy}）`,
    doubts: [...coverage.doubts],
    missing: coverageRows(format, coverage.missing),
    missingCount: coverage.missing.length,
    recovered: coverageRows(format, coverage.recovered),
    recoveredCount: coverage.recovered.length,
    notPrinted: coverageRows(format, coverage.notPrinted),
    tables: tableCounts(coverage),
    found: coverageRows(format, coverage.found),
    foundCount: coverage.found.length,
  };
}
