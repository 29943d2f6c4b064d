import type { ValueKind } from '../templates';

export type CellInputResult = { ok: true; value: number | null } | { ok: false; reason: string };

/** Full-width digits and signs that Chinese input methods produce, mapped to ASCII. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/\uFF0B/g, '+')
    .replace(/\uFF0E/g, '.')
    .replace(/\uFF0C/g, ',');
}

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * What a user typed or pasted into a number cell → the stored value, or a Chinese reason for refusing it.
 * Empty text clears the cell (null, not 0). Accepted: surrounding spaces, full-width digits, thousands separators.
 */
export function parseCellInput(raw: string, kind: ValueKind): CellInputResult {
  const text = toHalfWidth(raw.replace(/[\s\u3000\u00A0]+/g, ''));
  if (text === '') return { ok: true, value: null };

  let digits: string;
  if (PLAIN_NUMBER.test(text)) digits = text;
  else if (GROUPED_NUMBER.test(text)) digits = text.replace(/,/g, '');
  else if (/^[+-]?[\d.]+e[+-]?\d+$/i.test(text))
    return { ok: false, reason: `“${raw.trim()}”是科学计数法，请输入完整数字` };
  else if (/^[+-]?[\d,]+(\.\d+)?$/.test(text)) return { ok: false, reason: `“${raw.trim()}”的千位分隔符位置不对` };
  else return { ok: false, reason: `“${raw.trim()}”不是数字` };

  const value = Number(digits);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return { ok: false, reason: `“${raw.trim()}”数值过大` };
  }
  const whole = Number.isInteger(value);
  switch (kind) {
    case 'count':
      if (value < 0) return { ok: false, reason: `件数不能为负数（输入了${raw.trim()}）` };
      if (!whole) return { ok: false, reason: `件数必须是整数（输入了${raw.trim()}）` };
      break;
    case 'signedCount':
      if (!whole) return { ok: false, reason: `增减数必须是整数（输入了${raw.trim()}）` };
      break;
    case 'money':
      if (value < 0) return { ok: false, reason: `金额不能为负数（输入了${raw.trim()}）` };
      break;
  }
  // -0 would print as "0" but compare oddly; store plain 0.
  return { ok: true, value: value === 0 ? 0 : value };
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
