import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidStoredValue, parseCellText } from '../../../shared/input';
import type { InputTarget } from '../../../shared/input';
import type { ValueKind } from '../../../shared/templates';

/** The number alone, as a cell of that kind without a unit parses it. */
const parseCellInput = (text: string, kind: ValueKind) => {
  const result = parseCellText(text, { kind });
  return result.ok ? { ok: true, value: result.value } : result;
};

describe('parseCellText: numbers', () => {
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

  it.each(['1 2 3', '1\u30002', '１ ８', '12 34'])('refuses %j: only spaces around a number are dropped', (text) => {
    expect(parseCellInput(text, 'count')).toEqual({ ok: false, reason: `“${text}”中间有空格，请只填一个数字` });
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

describe('parseCellText: units', () => {
  const fixed: InputTarget = { kind: 'money', unit: '万元' };
  const choice: InputTarget = { kind: 'money', unitChoice: ['元', '万元'] };

  it('takes a chosen unit after the number and stores it, spaces around either part dropped', () => {
    expect(parseCellText(' 12.5 万元 ', choice)).toEqual({ ok: true, value: 12.5, unit: '万元' });
    expect(parseCellText('８００元', choice)).toEqual({ ok: true, value: 800, unit: '元' });
    expect(parseCellText('800', choice)).toEqual({ ok: true, value: 800, unit: null });
  });

  it('accepts the header’s own unit without storing it and refuses another one', () => {
    expect(parseCellText('3万元', fixed)).toEqual({ ok: true, value: 3, unit: null });
    expect(parseCellText('3元', fixed)).toEqual({ ok: false, reason: '该单元格的单位是万元，不能填写元' });
  });

  it('refuses a unit on a count and a unit inside the number', () => {
    expect(parseCellText('3万元', { kind: 'count' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('不是数字'),
    });
    expect(parseCellText('1 2万元', choice)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('中间有空格'),
    });
  });
});
