import type { Draft } from '../model/draft';
import { draftCellValues } from '../model/values';
import type { CellValues } from '../model/values';
import { cellDisplayName, cellIndex } from '../templates';

/** What every rule reads: the draft, its values with derived totals, and last year's when linked. */
export interface RuleContext {
  readonly draft: Draft;
  readonly values: CellValues;
  readonly previous: { readonly draft: Draft; readonly values: CellValues } | null;
  readonly today: Date | null;
}

export function buildContext(draft: Draft, previous: Draft | null, today: Date | null): RuleContext {
  return {
    draft,
    values: draftCellValues(draft),
    previous: previous ? { draft: previous, values: draftCellValues(previous) } : null,
    today,
  };
}

/** Empty counts as 0 in sums, as the format says. */
export const valueOr0 = (values: CellValues, address: string): number => values.get(address) ?? 0;

export const labelOf = (draft: Draft, address: string): string => {
  const cell = cellIndex(draft.format).byAddress.get(address);
  return cell ? cellDisplayName(cell) : address;
};

/** Sums may carry money decimals; print without float noise. */
export const printNumber = (n: number): string => String(Math.round(n * 1e6) / 1e6);
