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

function describeRows(format: FormatId, addresses: readonly string[]): string[] {
  const index = cellIndex(format);
  const wanted = new Set(addresses);
  const lines: string[] = [];
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
    const where = `${TABLE_NAMES[first.table]}「${first.rowLabel}」`;
    lines.push(
      hit.length === cells.length && cells.length > 1
        ? `  ${where}：全部${cells.length}格`
        : `  ${where}：${hit.map((c) => c.colLabel).join('、')}`,
    );
  }
  return lines;
}

function tableCount(addresses: readonly string[], table: TableId) {
  return addresses.filter((a) => a.startsWith(`${table}.`)).length;
}

export function coverageLines(coverage: Coverage): string[] {
  const { format } = coverage;
  const index = cellIndex(format);
  const lines: string[] = [`格式：${getFormat(format).name}（${getFormat(format).issuedBy}）`];
  for (const table of TABLE_IDS) {
    const total = index.entered.filter((c) => c.table === table).length;
    const blank = tableCount(coverage.blank, table);
    const notPrinted = tableCount(coverage.notPrinted, table);
    lines.push(
      `${TABLE_NAMES[table]}：找到 ${tableCount(coverage.found, table)}/${total} 格` +
        (blank ? `（其中 ${blank} 格印为空白，导入后保持空白）` : '') +
        (notPrinted ? `，另有 ${notPrinted} 格原报告没有印出` : ''),
    );
  }
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
