import { cellIndex } from '../templates';
import type { FormatId } from '../templates';
import type { Draft } from './draft';

/** Every cell's value, derived totals included; null = empty. */
export type CellValues = ReadonlyMap<string, number | null>;

/**
 * The last totals computed for each values record. The grid, the rule check, the rule panel and the preview all ask
 * for the same draft's totals on every keystroke; an edit makes a new record (drafts are never changed in place), so
 * the record itself is the key and a narrative edit, which keeps it, costs no recomputation.
 */
const computed = new WeakMap<object, { readonly format: FormatId; readonly values: CellValues }>();

/**
 * Entered values plus derived totals. A derived total is null only when every part is empty; otherwise empty parts
 * count as 0, as the format says. Computed once per values record: the record is frozen then, so changing it in
 * place afterwards fails loudly instead of leaving stale totals behind.
 */
export function computeCellValues(format: FormatId, entered: Readonly<Record<string, number | null>>): CellValues {
  const hit = computed.get(entered);
  if (hit?.format === format) return hit.values;
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
  Object.freeze(entered);
  computed.set(entered, { format, values });
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
