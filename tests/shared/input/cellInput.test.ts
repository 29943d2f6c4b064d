import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidStoredValue, parseCellInput } from '../../../shared/input';

describe('parseCellInput', () => {
  it.each([
    ['18', 18],
    ['１８', 18],
    ['1,234', 1234],
    ['１，２３４', 1234],
    [' 7 ', 7],
    ['\u3000９\u3000', 9],
    ['0', 0],
    ['-0', 0],
    ['1.0', 1],
  ])('accepts %j in a count cell as %d', (text, value) => {
    expect(parseCellInput(text, 'count')).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '\u3000'])('turns blank text %j into an empty cell, not 0', (text) => {
    expect(parseCellInput(text, 'count')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['-1', '负数'],
    ['-3', '负数'],
    ['－３', '负数'],
    ['1.5', '整数'],
    ['abc', '不是数字'],
    ['1e3', '科学计数法'],
    ['12,34', '千位分隔符'],
    ['1.2.3', '不是数字'],
    ['99999999999999999999', '过大'],
  ])('refuses %j in a count cell with a reason mentioning %s', (text, reason) => {
    const result = parseCellInput(text, 'count');
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('refuses every negative whole number in a count cell, whichever minus sign is typed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('-', '－', '\u2212'),
        (n, minus) => {
          const result = parseCellInput(`${minus}${n}`, 'count');
          expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('负数') });
        },
      ),
    );
  });

  it('accepts negative whole numbers for 本年增/减 but refuses fractions there', () => {
    expect(parseCellInput('-3', 'signedCount')).toEqual({ ok: true, value: -3 });
    expect(parseCellInput('+2', 'signedCount')).toEqual({ ok: true, value: 2 });
    expect(parseCellInput('1.5', 'signedCount')).toEqual({ ok: false, reason: '增减数必须是整数（输入了1.5）' });
  });

  it('keeps the decimals of money and refuses negative amounts', () => {
    expect(parseCellInput('24252.311082', 'money')).toEqual({ ok: true, value: 24252.311082 });
    expect(parseCellInput('１２．５', 'money')).toEqual({ ok: true, value: 12.5 });
    expect(parseCellInput('-1', 'money')).toEqual({ ok: false, reason: '金额不能为负数（输入了-1）' });
  });
});

describe('isValidStoredValue', () => {
  it('checks each kind of stored value', () => {
    expect(isValidStoredValue(3, 'count')).toBe(true);
    expect(isValidStoredValue(-1, 'count')).toBe(false);
    expect(isValidStoredValue(1.5, 'count')).toBe(false);
    expect(isValidStoredValue(-1, 'signedCount')).toBe(true);
    expect(isValidStoredValue(0.5, 'money')).toBe(true);
    expect(isValidStoredValue(-0.5, 'money')).toBe(false);
  });
});
