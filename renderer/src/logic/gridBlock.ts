/**
 * A block of cells selected in one table (Shift+arrows, a mouse drag): the rectangle between the anchor and the
 * other end, in the printed grid's rows and columns, totals included. It is copied as tab-separated text (Excel and
 * WPS paste it cell for cell) and cleared as one undo step.
 */
import { formatCellValue } from '../../../shared/model';
import type { CellValues } from '../../../shared/model';
import type { Direction, GridCell, GridModel } from './gridModel';

/** The cell next to `address` in a direction, totals included (a block may span them); the same one at the edge. */
export function stepFrom(model: GridModel, address: string, direction: Direction): string {
  const from = model.byAddress.get(address);
  if (!from) return address;
  if (direction === 'left' || direction === 'right') {
    return model.rows[from.row]![from.index + (direction === 'right' ? 1 : -1)]?.address ?? address;
  }
  const row = model.rows[from.row + (direction === 'down' ? 1 : -1)];
  const target = row?.find((c) => c.colStart <= from.colStart && from.colStart < c.colStart + c.colSpan);
  return target?.address ?? address;
}

/** The block's cells, row by row, left to right: every cell that overlaps the anchor–end rectangle. */
export function blockCells(model: GridModel, anchor: string, end: string): GridCell[][] {
  const a = model.byAddress.get(anchor);
  const b = model.byAddress.get(end);
  if (!a || !b) return [];
  const top = Math.min(a.row, b.row);
  const bottom = Math.max(a.row, b.row);
  const left = Math.min(a.colStart, b.colStart);
  const right = Math.max(a.colStart + a.colSpan, b.colStart + b.colSpan) - 1;
  const rows: GridCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    rows.push(model.rows[r]!.filter((c) => c.colStart <= right && c.colStart + c.colSpan - 1 >= left));
  }
  return rows;
}

const quoted = (text: string) => (/[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Tab-separated rows ending in CRLF, as Excel and WPS put a block on the clipboard. */
export function blockTsv(block: readonly (readonly GridCell[])[], values: CellValues): string {
  return block
    .map((row) => row.map((c) => quoted(formatCellValue(values.get(c.address) ?? null))).join('\t') + '\r\n')
    .join('');
}

/** Delete on a block: every entered cell in it becomes empty (totals are computed, not cleared). */
export function blockClearing(block: readonly (readonly GridCell[])[]): Record<string, null> {
  const updates: Record<string, null> = {};
  for (const row of block) for (const c of row) if (!c.derived) updates[c.address] = null;
  return updates;
}
