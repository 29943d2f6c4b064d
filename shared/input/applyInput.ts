import { signatureDateSchema } from '../model/draft';
import type { Draft, ProcessingFees } from '../model/draft';
import { cellDisplayName, cellIndex, getFormat, unknownCellReason } from '../templates';
import type { CellDef, FormatId, ValueKind } from '../templates';
import { parseCellText } from './cellInput';
import type { CellTextResult, InputTarget } from './cellInput';

/** `unknown`: the address names nothing in the format (so a caller can point to the list of addresses). */
export type ApplyResult = { ok: true; draft: Draft } | { ok: false; reason: string; unknown?: true };

export interface FeeField extends InputTarget {
  readonly field: keyof Omit<ProcessingFees, 'sentence'>;
  readonly kind: ValueKind;
  /** As the form shows it, unit included; findings and refusals name the field the same way. */
  readonly label: string;
}

/**
 * The 2021 fee fields are addressable like cells, so scripts and the CLI can fill them the same way. A
 * null-prototype record: an address typed by a user (`toString`, `__proto__`) never finds Object.prototype's members.
 */
export const FEE_FIELDS: Readonly<Record<string, FeeField>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, FeeField>, {
    'processingFees.noticeCount': { field: 'noticeCount', kind: 'count', label: '发出收费通知（件）' },
    'processingFees.noticeAmount': { field: 'noticeAmount', kind: 'money', label: '收费通知总金额（元）' },
    'processingFees.collectedAmount': { field: 'collectedAmount', kind: 'money', label: '实际收取金额（元）' },
  } satisfies Record<string, FeeField>),
);

/** The fee field at a user-given address, or undefined (own entries only). */
export const feeField = (address: string): FeeField | undefined =>
  Object.hasOwn(FEE_FIELDS, address) ? FEE_FIELDS[address] : undefined;

export type AddressTarget =
  | { readonly ok: true; readonly type: 'cell'; readonly cell: CellDef }
  | { readonly ok: true; readonly type: 'fee'; readonly fee: FeeField }
  | { readonly ok: false; readonly reason: string; readonly unknown?: true };

/** What a user-given address names in a format: an entered cell or a fee field; totals and unknown names refused. */
export function addressTarget(format: FormatId, address: string): AddressTarget {
  const fee = feeField(address);
  if (fee) {
    return getFormat(format).hasProcessingFees
      ? { ok: true, type: 'fee', fee }
      : { ok: false, reason: `${format}格式没有信息处理费字段` };
  }
  const cell = cellIndex(format).byAddress.get(address);
  if (!cell) return { ok: false, reason: unknownCellReason(format, address), unknown: true };
  if (cell.sumOf) return { ok: false, reason: `${cellDisplayName(cell)}是合计，由程序自动计算` };
  return { ok: true, type: 'cell', cell };
}

/** Text typed at an address → value and unit, through the one parser (the grid, paste and the CLI all come here). */
export function parseInputAt(format: FormatId, address: string, text: string): CellTextResult {
  const target = addressTarget(format, address);
  if (!target.ok) return { ok: false, reason: target.reason };
  return parseCellText(text, target.type === 'fee' ? target.fee : target.cell);
}

/**
 * Sets one cell (or fee field) from what the user typed, through the shared input parser. Returns a new draft;
 * never mutates. Derived totals and unknown addresses are refused with a reason.
 */
export function applyCellInput(draft: Draft, address: string, text: string): ApplyResult {
  if (address === 'signature.date' || address === 'signature.agency') return applySignature(draft, address, text);
  const target = addressTarget(draft.format, address);
  if (!target.ok) return target;
  if (target.type === 'fee') {
    if (!draft.processingFees) return { ok: false, reason: `${draft.format}格式没有信息处理费字段` };
    const parsed = parseCellText(text, target.fee);
    if (!parsed.ok) return parsed;
    return {
      ok: true,
      draft: { ...draft, processingFees: { ...draft.processingFees, [target.fee.field]: parsed.value } },
    };
  }
  const parsed = parseCellText(text, target.cell);
  if (!parsed.ok) return parsed;
  const values = { ...draft.values };
  if (parsed.value === null) delete values[address];
  else values[address] = parsed.value;
  const units = parsed.unit ? { ...draft.units, [address]: parsed.unit } : draft.units;
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
