import type { LayoutCell, LayoutRow, TableDef } from './types';

export interface PlacedCell {
  readonly cell: LayoutCell;
  /** The grid column the cell starts at, counting the columns that cells merged from rows above still cover. */
  readonly col: number;
}

/**
 * The grid column of every layout cell. The layout lists a spanning cell once, in its first row (HTML-style), so a
 * row's cells start after the columns that row-spanning cells from above still cover.
 */
export function placeLayout(rows: readonly LayoutRow[]): PlacedCell[][] {
  const coveredUntil: number[] = []; // per grid column: the last row index a row span from above covers
  return rows.map((row, r) => {
    const placed: PlacedCell[] = [];
    let col = 0;
    for (const cell of row.cells) {
      while ((coveredUntil[col] ?? -1) >= r) col++;
      placed.push({ cell, col });
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === 'label' ? (cell.rowSpan ?? 1) : 1;
      for (let c = col; c < col + colSpan; c++) coveredUntil[c] = r + rowSpan - 1;
      col += colSpan;
    }
    return placed;
  });
}

/** How many leading grid columns hold only labels (table 三's three, table 二's one; none in table 四). */
export function labelColumnCount(table: TableDef): number {
  let first = table.grid.length;
  for (const row of placeLayout(table.rows))
    for (const { cell, col } of row) if (cell.type === 'value') first = Math.min(first, col);
  return first;
}
