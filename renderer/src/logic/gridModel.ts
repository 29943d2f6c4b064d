/**
 * The keyboard model of one table: where each value cell sits in the printed grid, and which cell an arrow, Tab or
 * Enter leads to. Built once per table definition from its layout rows, so the grid never spells a position itself.
 */
import { cellDisplayName } from '../../../shared/templates';
import type { CellDef, TableDef } from '../../../shared/templates';

export interface GridCell {
  readonly address: string;
  /** Index among the layout rows that hold value cells. */
  readonly row: number;
  /** Index of the cell within its row's value cells (left to right). */
  readonly index: number;
  /** First grid column the cell occupies and how many it spans (merged label cells accounted for). */
  readonly colStart: number;
  readonly colSpan: number;
  readonly derived: boolean;
  readonly def: CellDef;
  /** How the cell is named to the user (accessible name, messages). */
  readonly label: string;
}

export interface GridModel {
  readonly table: TableDef;
  readonly rows: readonly (readonly GridCell[])[];
  readonly byAddress: ReadonlyMap<string, GridCell>;
  /** Entered (non-derived) addresses in reading order: the Tab order. */
  readonly tabOrder: readonly string[];
}

export type Direction = 'up' | 'down' | 'left' | 'right';

const cache = new WeakMap<TableDef, GridModel>();

export function gridModel(table: TableDef): GridModel {
  const cached = cache.get(table);
  if (cached) return cached;
  const defs = new Map(table.cells.map((c) => [c.address, c]));
  // Occupancy of grid columns by row-spanning cells from rows above, as an HTML table lays them out.
  const spanning: number[] = [];
  const rows: GridCell[][] = [];
  for (const layoutRow of table.rows) {
    let col = 0;
    const valueCells: GridCell[] = [];
    const free = () => {
      while ((spanning[col] ?? 0) > 0) col++;
    };
    const nextSpanning = spanning.map((n) => Math.max(0, n - 1));
    for (const cell of layoutRow.cells) {
      free();
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === 'label' ? (cell.rowSpan ?? 1) : 1;
      if (rowSpan > 1) for (let c = col; c < col + colSpan; c++) nextSpanning[c] = rowSpan - 1;
      if (cell.type === 'value') {
        const def = defs.get(cell.address);
        if (!def) throw new Error(`layout names unknown cell ${cell.address}`);
        valueCells.push({
          address: cell.address,
          row: rows.length,
          index: valueCells.length,
          colStart: col,
          colSpan,
          derived: def.sumOf !== undefined,
          def,
          label: cellDisplayName(def),
        });
      }
      col += colSpan;
    }
    spanning.splice(0, spanning.length, ...nextSpanning);
    if (valueCells.length > 0) rows.push(valueCells);
  }
  const all = rows.flat();
  const model: GridModel = {
    table,
    rows,
    byAddress: new Map(all.map((c) => [c.address, c])),
    tabOrder: all.filter((c) => !c.derived).map((c) => c.address),
  };
  cache.set(table, model);
  return model;
}

/** The entered cell an arrow key leads to; derived totals are skipped. The same address when there is none. */
export function moveFrom(model: GridModel, address: string, direction: Direction): string {
  const from = model.byAddress.get(address);
  if (!from) return model.tabOrder[0] ?? address;
  if (direction === 'left' || direction === 'right') {
    const row = model.rows[from.row]!;
    const step = direction === 'right' ? 1 : -1;
    for (let i = from.index + step; i >= 0 && i < row.length; i += step) {
      if (!row[i]!.derived) return row[i]!.address;
    }
    return address;
  }
  const step = direction === 'down' ? 1 : -1;
  for (let r = from.row + step; r >= 0 && r < model.rows.length; r += step) {
    const target = model.rows[r]!.find((c) => c.colStart <= from.colStart && from.colStart < c.colStart + c.colSpan);
    if (target && !target.derived) return target.address;
  }
  return address;
}

/**
 * Tab / Shift+Tab: the next or previous entered cell in reading order, stopping at the ends. From a total (focused by
 * a click or a finding), the entered cell after or before it.
 */
export function tabFrom(model: GridModel, address: string, backwards: boolean): string {
  const i = model.tabOrder.indexOf(address);
  if (i >= 0) return model.tabOrder[backwards ? i - 1 : i + 1] ?? address;
  const from = model.byAddress.get(address);
  if (!from) return model.tabOrder[0] ?? address;
  const all = model.rows.flat();
  const step = backwards ? -1 : 1;
  for (let k = all.indexOf(from) + step; k >= 0 && k < all.length; k += step) {
    if (!all[k]!.derived) return all[k]!.address;
  }
  return address;
}

/** The cell at a row/column offset from `address` in the value-cell grid (for pasting a block); null when outside. */
export function offsetFrom(model: GridModel, address: string, dRow: number, dCol: number): GridCell | null {
  const from = model.byAddress.get(address);
  if (!from) return null;
  return model.rows[from.row + dRow]?.[from.index + dCol] ?? null;
}
