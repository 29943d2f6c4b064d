/**
 * Pasting a block into a table: every value goes through the shared input parser, and every value that is not
 * taken is listed with its reason — never dropped silently.
 */
import { computeCellValues, formatCellValue } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { parseCellText, parseInputAt } from '../../../shared/input';
import { cellDisplayName } from '../../../shared/templates';
import type { MoneyUnit } from '../../../shared/templates';
import type { GridModel } from './gridModel';
import { offsetFrom } from './gridModel';

export interface RefusedValue {
  /** The target cell, or null when the value fell outside the table. */
  readonly address: string | null;
  /** Where the value was in the pasted block, 1-based (第2行第3列). */
  readonly at: string;
  readonly text: string;
  readonly reason: string;
}

export interface PastePlan {
  /** Entered cells to set (null clears). */
  readonly updates: Readonly<Record<string, number | null>>;
  /** Units pasted with a money value ("12.5万元" in a cell that offers 元/万元). */
  readonly units: Readonly<Record<string, MoneyUnit>>;
  readonly refused: readonly RefusedValue[];
  readonly accepted: number;
}

export function planPaste(
  draft: Draft,
  model: GridModel,
  start: string,
  block: readonly (readonly string[])[],
): PastePlan {
  const updates: Record<string, number | null> = {};
  const units: Record<string, MoneyUnit> = {};
  const refused: RefusedValue[] = [];
  const onDerived: { address: string; text: string; at: string }[] = [];
  block.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const at = `第${r + 1}行第${c + 1}列`;
      const target = offsetFrom(model, start, r, c);
      if (!target) {
        if (text.trim() !== '') refused.push({ address: null, at, text, reason: '超出表格范围' });
        return;
      }
      if (target.derived) {
        onDerived.push({ address: target.address, text, at });
        return;
      }
      const parsed = parseInputAt(draft.format, target.address, text);
      if (parsed.ok) {
        updates[target.address] = parsed.value;
        if (parsed.unit) units[target.address] = parsed.unit;
      } else refused.push({ address: target.address, at, text, reason: parsed.reason });
    });
  });

  if (onDerived.length > 0) {
    // A pasted total is taken as agreeing when it equals the total computed from the pasted parts.
    const computed = computeCellValues(draft.format, applyUpdates(draft.values, updates));
    for (const { address, text, at } of onDerived) {
      if (text.trim() === '') continue;
      const def = model.byAddress.get(address)!.def;
      const parsed = parseCellText(text, def);
      const value = computed.get(address) ?? null;
      if (parsed.ok && parsed.value === value) continue;
      refused.push({
        address,
        at,
        text,
        reason: `${cellDisplayName(def)}是合计，由程序计算（${formatCellValue(value) || '空'}），粘贴的值未采用`,
      });
    }
  }
  return { updates, units, refused, accepted: Object.keys(updates).length };
}

export function applyUpdates(
  values: Readonly<Record<string, number | null>>,
  updates: Readonly<Record<string, number | null>>,
): Record<string, number | null> {
  const next: Record<string, number | null> = { ...values };
  for (const [address, value] of Object.entries(updates)) {
    if (value === null) delete next[address];
    else next[address] = value;
  }
  return next;
}
