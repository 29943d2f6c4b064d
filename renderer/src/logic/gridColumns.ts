/**
 * Column widths of a table grid in CSS pixels for the room it has. The format's relative widths are kept while every
 * value cell stays wide enough for six digits; when the room is short the label columns give way first (their text
 * wraps), and below their own minimum the grid grows wider than the room and scrolls sideways with the label columns
 * frozen at the left.
 */
import type { TableDef } from '../../../shared/templates';
import type { GridModel } from './gridModel';

/** Six tabular digits at the grid's 13 px with the cell's padding, or a total of eight digits. */
export const VALUE_MIN_PX = 66;
/** Below this, label text wraps into more lines than the rows are worth. */
export const LABEL_MIN_PX = 240;
const LABEL_COLUMN_MIN_PX = 28;

export interface GridColumns {
  /** How many leading grid columns hold only labels (frozen when the grid scrolls sideways). */
  readonly labelColumns: number;
  /** The starting grid column of each layout cell, row by row (rowspans of rows above accounted for). */
  readonly starts: readonly (readonly number[])[];
}

const cache = new WeakMap<TableDef, GridColumns>();

/** Which grid columns are label columns, and where each layout cell starts. */
export function gridColumns(model: GridModel): GridColumns {
  const { table } = model;
  const cached = cache.get(table);
  if (cached) return cached;
  let firstValue = table.grid.length;
  for (const cell of model.byAddress.values()) firstValue = Math.min(firstValue, cell.colStart);
  const spanning: number[] = [];
  const starts = table.rows.map((row) => {
    let col = 0;
    const next = spanning.map((n) => Math.max(0, n - 1));
    const rowStarts = row.cells.map((cell) => {
      while ((spanning[col] ?? 0) > 0) col++;
      const start = col;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === 'label' ? (cell.rowSpan ?? 1) : 1;
      if (rowSpan > 1) for (let c = col; c < col + colSpan; c++) next[c] = rowSpan - 1;
      col += colSpan;
      return start;
    });
    spanning.splice(0, spanning.length, ...next);
    return rowStarts;
  });
  const columns = { labelColumns: firstValue, starts };
  cache.set(table, columns);
  return columns;
}

/** Whole-pixel widths, one per grid column, for a grid `room` px wide; their sum exceeds `room` only when it must. */
export function columnWidths(model: GridModel, room: number): number[] {
  const { grid } = model.table;
  const { labelColumns } = gridColumns(model);
  const total = grid.reduce((a, b) => a + b, 0);
  const natural = grid.map((g) => (room * g) / total);
  // The narrowest value cell (a cell may span several grid columns) sets how far the value columns must grow.
  let scale = 1;
  for (const cell of model.byAddress.values()) {
    let width = 0;
    for (let c = cell.colStart; c < cell.colStart + cell.colSpan; c++) width += natural[c]!;
    scale = Math.max(scale, VALUE_MIN_PX / width);
  }
  const values = natural.map((w, c) => (c < labelColumns ? 0 : w * scale));
  const valueSum = values.reduce((a, b) => a + b, 0);
  const labelShare = grid.slice(0, labelColumns).reduce((a, b) => a + b, 0);
  const labelRoom = Math.max(room - valueSum, LABEL_MIN_PX);
  return grid.map((g, c) =>
    Math.floor(c < labelColumns ? Math.max(LABEL_COLUMN_MIN_PX, (labelRoom * g) / labelShare) : values[c]!),
  );
}
