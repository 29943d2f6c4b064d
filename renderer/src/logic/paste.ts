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
  /**
   * Where the value went, named by the table's own labels (（一）予以公开 第二列（商业企业）); a value that fell
   * outside the table, by its place in the pasted block (粘贴内容第2行第8列).
   */
  readonly at: string;
  readonly text: string;
  readonly reason: string;
}

/** A value pasted onto a total: never written (the program computes totals), compared with the computed one. */
export interface PastedTotal {
  readonly address: string;
  readonly text: string;
  readonly computed: number | null;
  readonly agrees: boolean;
}

/** What the paste report shows. */
export interface PasteReport {
  readonly accepted: number;
  readonly refused: readonly RefusedValue[];
  readonly totals: readonly PastedTotal[];
}

export interface PastePlan extends PasteReport {
  /** Entered cells to set (null clears). */
  readonly updates: Readonly<Record<string, number | null>>;
  /** Units pasted with a money value ("12.5万元" in a cell that offers 元/万元). */
  readonly units: Readonly<Record<string, MoneyUnit>>;
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
  const onDerived: { address: string; text: string }[] = [];
  block.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const target = offsetFrom(model, start, r, c);
      if (!target) {
        if (text.trim() !== '')
          refused.push({ address: null, at: `粘贴内容第${r + 1}行第${c + 1}列`, text, reason: '超出表格范围' });
        return;
      }
      if (target.derived) {
        if (text.trim() !== '') onDerived.push({ address: target.address, text });
        return;
      }
      const parsed = parseInputAt(draft.format, target.address, text);
      if (parsed.ok) {
        updates[target.address] = parsed.value;
        if (parsed.unit) units[target.address] = parsed.unit;
      } else refused.push({ address: target.address, at: cellDisplayName(target.def), text, reason: parsed.reason });
    });
  });

  const totals: PastedTotal[] = [];
  if (onDerived.length > 0) {
    // A pasted total agrees when it equals the total computed from the values after this paste.
    const computed = computeCellValues(draft.format, applyUpdates(draft.values, updates));
    for (const { address, text } of onDerived) {
      const def = model.byAddress.get(address)!.def;
      const parsed = parseCellText(text, def);
      const value = computed.get(address) ?? null;
      const agrees = parsed.ok && parsed.value === value;
      totals.push({ address, text, computed: value, agrees });
      if (agrees) continue;
      refused.push({
        address,
        at: cellDisplayName(def),
        text,
        reason: `与程序计算的总计（${formatCellValue(value) || '空'}）不一致，未写入`,
      });
    }
  }
  return { updates, units, refused, totals, accepted: Object.keys(updates).length };
}

/**
 * The report's first line: how many values were taken, that pasted totals are never written (and whether they agree
 * with the computed ones), and how many values were refused; the refused values follow as `items`.
 */
export function pasteReportText(report: PasteReport): { readonly summary: string; readonly items: string[] } {
  const parts = [`已粘贴 ${report.accepted} 个值`];
  const differing = report.totals.filter((t) => !t.agrees).length;
  if (report.totals.length > 0) {
    parts.push(
      differing > 0
        ? `粘贴的总计不会写入，由程序计算，其中 ${differing} 个与程序计算的不一致`
        : `粘贴的总计不会写入，由程序计算（与程序计算的一致）`,
    );
  }
  const others = report.refused.length - differing;
  if (others > 0) parts.push(`${others} 个值未采用`);
  const items = report.refused.map((r) => `${r.at}“${r.text}”：${r.reason}`);
  return { summary: parts.join('；') + (items.length > 0 ? '：' : '。'), items };
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
