/**
 * How an official table flows over pages: which rows repeat as the header and which keep with the next row. The
 * .docx builder writes these as tblHeader / keepNext (shared/docx/tables.ts), and the in-app preview pages its tables
 * by the same rules, so both break a table in the same places.
 */
import type { LayoutRow, TableDef } from '../templates';

const isCaption = (row: LayoutRow | undefined) => row?.cells.some((c) => c.type === 'label' && c.caption) ?? false;

/** Tables of at most this many rows are kept on one page (四); longer ones (三) may run over pages. */
const SHORT_TABLE_ROWS = 10;

/**
 * Whether a row keeps with the next one (Word and LibreOffice 7.4 both honour keep-with-next on table rows). Header
 * rows keep with the first body row, so a heading never ends a page alone. A short table stays whole. Table 二 is a
 * stack of captioned blocks: each block stays on one page and the table may break between blocks. A long table (三)
 * runs over pages as the template lets it, its header rows repeated (tblHeader) and no row split (cantSplit):
 * keeping it whole moved it to the next page and left the page before it two thirds empty.
 */
export function keepsWithNext(table: TableDef, i: number): boolean {
  const rows = table.rows;
  if (i >= rows.length - 1) return false;
  if (rows[i]!.header) return true;
  if (rows.some((r) => isCaption(r))) return !isCaption(rows[i + 1]);
  return rows.length <= SHORT_TABLE_ROWS || inShortGroup(rows, i);
}

/**
 * Whether rows i and i + 1 lie under one row-spanning label of a short group ((四)无法提供, (五)不予处理): such a group
 * stays on one page so its label is not cut. Only 三、本年度办理结果, which spans most of the table, may be cut.
 */
function inShortGroup(rows: readonly LayoutRow[], i: number): boolean {
  for (let start = 0; start <= i; start++) {
    for (const cell of rows[start]!.cells) {
      const span = cell.type === 'label' ? (cell.rowSpan ?? 1) : 1;
      if (span > 1 && span <= SHORT_TABLE_ROWS && start + span - 1 > i) return true;
    }
  }
  return false;
}

export interface RowFlow {
  /** Repeated at the top of each page the table runs onto. */
  readonly header: boolean;
  /** No page break after this row. */
  readonly keepNext: boolean;
}

export const tableRowFlow = (table: TableDef): RowFlow[] =>
  table.rows.map((row, i) => ({ header: row.header ?? false, keepNext: keepsWithNext(table, i) }));
