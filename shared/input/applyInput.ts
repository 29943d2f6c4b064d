import { signatureDateSchema } from '../model/draft';
import type { Draft, ProcessingFees } from '../model/draft';
import { cellDisplayName, cellIndex, MONEY_UNITS } from '../templates';
import type { MoneyUnit, ValueKind } from '../templates';
import { parseCellInput } from './cellInput';

export type ApplyResult = { ok: true; draft: Draft } | { ok: false; reason: string };

export interface FeeField {
  readonly field: keyof Omit<ProcessingFees, 'sentence'>;
  readonly kind: ValueKind;
  /** As the form shows it, unit included; findings and refusals name the field the same way. */
  readonly label: string;
}

/** The 2021 fee fields are addressable like cells, so scripts and the CLI can fill them the same way. */
export const FEE_FIELDS: Readonly<Record<string, FeeField>> = {
  'processingFees.noticeCount': { field: 'noticeCount', kind: 'count', label: '发出收费通知（件）' },
  'processingFees.noticeAmount': { field: 'noticeAmount', kind: 'money', label: '收费通知总金额（元）' },
  'processingFees.collectedAmount': { field: 'collectedAmount', kind: 'money', label: '实际收取金额（元）' },
};

/** "12.5万元" → ["12.5", "万元"]; the longest unit is tried first so 万元 is not read as 元. */
function splitUnit(text: string): [string, MoneyUnit | null] {
  const trimmed = text.trim();
  for (const unit of [...MONEY_UNITS].sort((a, b) => b.length - a.length)) {
    if (trimmed.endsWith(unit)) return [trimmed.slice(0, -unit.length), unit];
  }
  return [trimmed, null];
}

/**
 * Sets one cell (or fee field) from what the user typed, through the shared input parser. Returns a new draft;
 * never mutates. Derived totals and unknown addresses are refused with a reason.
 */
export function applyCellInput(draft: Draft, address: string, text: string): ApplyResult {
  if (address === 'signature.date' || address === 'signature.agency') return applySignature(draft, address, text);
  const fee = FEE_FIELDS[address];
  if (fee) {
    if (!draft.processingFees) return { ok: false, reason: `${draft.format}格式没有信息处理费字段` };
    const parsed = parseCellInput(text, fee.kind);
    if (!parsed.ok) return parsed;
    return { ok: true, draft: { ...draft, processingFees: { ...draft.processingFees, [fee.field]: parsed.value } } };
  }

  const cell = cellIndex(draft.format).byAddress.get(address);
  if (!cell) return { ok: false, reason: `${draft.format}格式中没有单元格 ${address}` };
  if (cell.sumOf) return { ok: false, reason: `${cellDisplayName(cell)}是合计，由程序自动计算` };

  const [numberText, typedUnit] = cell.kind === 'money' ? splitUnit(text) : [text, null];
  if (typedUnit && cell.unit && typedUnit !== cell.unit) {
    return { ok: false, reason: `该单元格的单位是${cell.unit}，不能填写${typedUnit}` };
  }
  // A fixed unit (printed in the header) is not stored; a chosen one is.
  const unit = cell.unitChoice ? typedUnit : null;
  const parsed = parseCellInput(numberText, cell.kind);
  if (!parsed.ok) return parsed;

  const values = { ...draft.values };
  if (parsed.value === null) delete values[address];
  else values[address] = parsed.value;
  const units = unit ? { ...draft.units, [address]: unit } : draft.units;
  return { ok: true, draft: { ...draft, values, units } };
}

/** 成文日期 typed as 2025-01-20 or 2025年1月20日 (full-width digits too); empty clears it. */
function signatureDate(text: string): { ok: true; value: string | null } | { ok: false; reason: string } {
  const t = text.normalize('NFKC').trim();
  if (t === '') return { ok: true, value: null };
  const m = /^(\d{4})\s*(?:-|年)\s*(\d{1,2})\s*(?:-|月)\s*(\d{1,2})\s*日?$/.exec(t);
  const parsed = m && signatureDateSchema.safeParse(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  if (!parsed) return { ok: false, reason: `“${text}”不是日期：成文日期应写成 2025-01-20 或 2025年1月20日` };
  if (!parsed.success) return { ok: false, reason: `“${text}”不是有效的日期` };
  return { ok: true, value: parsed.data };
}

/** The 落款 fields are addressable too (signature.agency, signature.date), for scripts and the CLI. */
function applySignature(draft: Draft, address: 'signature.date' | 'signature.agency', text: string): ApplyResult {
  if (address === 'signature.agency') {
    const agency = text.trim();
    return { ok: true, draft: { ...draft, signature: { ...draft.signature, agency: agency === '' ? null : agency } } };
  }
  const date = signatureDate(text);
  if (!date.ok) return date;
  return { ok: true, draft: { ...draft, signature: { ...draft.signature, date: date.value } } };
}
