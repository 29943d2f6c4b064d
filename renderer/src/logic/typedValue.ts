/** What the user typed or pasted into one table cell → its value (and unit), through the shared input rules. */
import type { Draft } from '../../../shared/model';
import { applyCellInput } from '../../../shared/input';
import type { MoneyUnit } from '../../../shared/templates';

export type TypedValue =
  | { readonly ok: true; readonly value: number | null; readonly unit: MoneyUnit | null }
  | { readonly ok: false; readonly reason: string };

/**
 * The same rules as the CLI's `applyCellInput`: a money cell also takes a unit typed after the number ("12.5万元" in
 * 2019 采购总金额 chooses 万元; "3万元" where the header says 万元 is accepted, "3元" there is refused with a reason).
 */
export function parseTypedValue(draft: Draft, address: string, text: string): TypedValue {
  const result = applyCellInput(draft, address, text);
  if (!result.ok) return result;
  const unit = result.draft.units === draft.units ? null : (result.draft.units[address] ?? null);
  return { ok: true, value: result.draft.values[address] ?? null, unit };
}
