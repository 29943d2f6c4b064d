import { cellIndex } from '../templates';
import type { FormatId } from '../templates';
import type { Draft } from './draft';

/** Every cell's value, derived totals included; null = empty. */
export type CellValues = ReadonlyMap<string, number | null>;

/**
 * Entered values plus derived totals. A derived total is null only when every part is empty; otherwise empty parts
 * count as 0, as the format says.
 */
export function computeCellValues(format: FormatId, entered: Readonly<Record<string, number | null>>): CellValues {
  const values = new Map<string, number | null>();
  for (const cell of cellIndex(format).all) {
    if (!cell.sumOf) {
      values.set(cell.address, entered[cell.address] ?? null);
      continue;
    }
    let sum = 0;
    let any = false;
    for (const part of cell.sumOf) {
      const v = values.get(part);
      if (v !== null && v !== undefined) {
        sum += v;
        any = true;
      }
    }
    values.set(cell.address, any ? sum : null);
  }
  return values;
}

export function draftCellValues(draft: Pick<Draft, 'format' | 'values'>): CellValues {
  return computeCellValues(draft.format, draft.values);
}

/** Money keeps the decimals it has; counts print as integers. No rounding, no thousands separators. */
export function formatCellValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
