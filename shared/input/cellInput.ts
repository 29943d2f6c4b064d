import { MONEY_UNITS } from '../templates';
import type { MoneyUnit, ValueKind } from '../templates';

/** What a text is typed into: a number cell of a table or a 2021 fee field (both carry these). */
export interface InputTarget {
  readonly kind: ValueKind;
  /** A unit printed in the header: typing it after the number is accepted, another unit is refused. */
  readonly unit?: MoneyUnit;
  /** Units the user may choose by typing one after the number (2019 采购总金额); the chosen one is stored. */
  readonly unitChoice?: readonly MoneyUnit[];
}

export type CellTextResult =
  | { readonly ok: true; readonly value: number | null; readonly unit: MoneyUnit | null }
  | { readonly ok: false; readonly reason: string };

/** Full-width digits and signs that Chinese input methods produce, mapped to ASCII. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/\uFF0B/g, '+')
    .replace(/\uFF0E/g, '.')
    .replace(/\uFF0C/g, ',');
}

const SPACE = '[\\s\\u3000\\u00A0]';
const SURROUNDING_SPACE = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g');
const INNER_SPACE = new RegExp(SPACE, 'g');
const HAS_SPACE = new RegExp(SPACE);
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** Longest first, so 万元 is not read as 元. */
const UNITS_LONGEST_FIRST = [...MONEY_UNITS].sort((a, b) => b.length - a.length);

/** The number as typed → its value, or a Chinese reason. `shown` is what the user typed, for the reason. */
function parseNumber(text: string, kind: ValueKind, shown: string): { ok: true; value: number } | CellTextResult {
  let digits: string;
  if (PLAIN_NUMBER.test(text)) digits = text;
  else if (GROUPED_NUMBER.test(text)) digits = text.replace(/,/g, '');
  else if (/^[+-]?[\d.]+e[+-]?\d+$/i.test(text)) return { ok: false, reason: `“${shown}”是科学计数法，请输入完整数字` };
  else if (/^[+-]?[\d,]+(\.\d+)?$/.test(text)) return { ok: false, reason: `“${shown}”的千位分隔符位置不对` };
  else if (HAS_SPACE.test(text) && PLAIN_NUMBER.test(text.replace(INNER_SPACE, ''))) {
    // "1 2 3" is not 123: a space inside a number is a typo or two numbers, never a separator we may drop.
    return { ok: false, reason: `“${shown}”中间有空格，请只填一个数字` };
  } else return { ok: false, reason: `“${shown}”不是数字` };

  const value = Number(digits);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return { ok: false, reason: `“${shown}”数值过大` };
  }
  const whole = Number.isInteger(value);
  switch (kind) {
    case 'count':
      if (value < 0) return { ok: false, reason: `件数不能为负数（输入了${shown}）` };
      if (!whole) return { ok: false, reason: `件数必须是整数（输入了${shown}）` };
      break;
    case 'signedCount':
      if (!whole) return { ok: false, reason: `增减数必须是整数（输入了${shown}）` };
      break;
    case 'money':
      if (value < 0) return { ok: false, reason: `金额不能为负数（输入了${shown}）` };
      break;
  }
  // -0 would print as "0" but compare oddly; store plain 0.
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * The one parser of what a user typed or pasted into a number cell or fee field (editor grid, paste, fee fields,
 * CLI `set`): the stored value and the unit to store, or a Chinese reason for refusing it. Empty text clears the cell
 * (null, not 0). Accepted: spaces around the number (not inside it), full-width digits, thousands separators, and for
 * money a unit after the number where the target has one.
 */
export function parseCellText(raw: string, target: InputTarget): CellTextResult {
  const shown = raw.replace(SURROUNDING_SPACE, '');
  let text = toHalfWidth(shown);
  if (text === '') return { ok: true, value: null, unit: null };

  // Only a money cell whose header prints a unit (or offers a choice) takes one after the number.
  let typedUnit: MoneyUnit | null = null;
  const allowed = target.kind === 'money' ? (target.unitChoice ?? (target.unit ? [target.unit] : [])) : [];
  if (allowed.length > 0) {
    typedUnit = UNITS_LONGEST_FIRST.find((u) => text.endsWith(u)) ?? null;
    if (typedUnit) text = text.slice(0, -typedUnit.length).replace(SURROUNDING_SPACE, '');
    if (typedUnit && !allowed.includes(typedUnit)) {
      return { ok: false, reason: `该单元格的单位是${allowed.join('或')}，不能填写${typedUnit}` };
    }
  }
  const parsed = parseNumber(text, target.kind, shown);
  if (!parsed.ok) return parsed;
  // A fixed unit (printed in the header) is not stored; a chosen one is.
  return { ok: true, value: parsed.value, unit: target.unitChoice ? typedUnit : null };
}

/** Whether a stored value fits its kind (hand-edited or damaged files can hold anything numeric). */
export function isValidStoredValue(value: number, kind: ValueKind): boolean {
  if (!Number.isFinite(value)) return false;
  switch (kind) {
    case 'count':
      return Number.isInteger(value) && value >= 0;
    case 'signedCount':
      return Number.isInteger(value);
    case 'money':
      return value >= 0;
  }
}

export const KIND_EXPECTATION: Record<ValueKind, string> = {
  count: '应为不小于0的整数',
  signedCount: '应为整数',
  money: '应为不小于0的金额',
};
