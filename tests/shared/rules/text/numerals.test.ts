import { describe, expect, it } from 'vitest';
import { findNumbers, parseChineseNumeral } from '../../../../shared/rules/text/numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['十八', 18],
    ['两', 2],
    ['十', 10],
    ['二十', 20],
    ['一百零五', 105],
    ['一百一十九', 119],
    ['三千一百一十九', 3119],
    ['两万三千', 23000],
    ['十二万', 120000],
    ['一〇五', 105],
    ['零', 0],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['三四', '', '十八个'])('refuses %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('findNumbers', () => {
  const values = (text: string) => findNumbers(text).map((t) => [t.value, t.unit]);

  it('reads Arabic, full-width and Chinese figures with their units', () => {
    expect(values('收到申请18件，１８件，十八件，一百零五条')).toEqual([
      [18, '件'],
      [18, '件'],
      [18, '件'],
      [105, '条'],
    ]);
  });

  it('reads thousands separators and 万 as a multiplier; money in 元', () => {
    expect(values('共1,234件，1.2万条，收费12.5万元，380元')).toEqual([
      [1234, '件'],
      [12000, '条'],
      [125000, '万元'],
      [380, '元'],
    ]);
  });

  it('reads a percentage with its decimals', () => {
    const [share] = findNumbers('（17.46%）');
    expect(share).toMatchObject({ value: 17.46, kind: 'percent', decimals: 2 });
    expect(findNumbers('占比８０％')[0]).toMatchObject({ value: 80, kind: 'percent' });
  });

  it('ignores set phrases: 一次性, 一件事, 一条龙', () => {
    expect(values('一次性告知，一件事一次办，一条龙服务')).toEqual([]);
  });

  it('ignores numbers without a unit: years, dates, phone numbers, item numbers', () => {
    expect(values('2024年1月1日，电话0517-87222589，第3件，1.通知公告')).toEqual([]);
  });

  it('gives offsets of the figure and its unit in the text searched', () => {
    const [t] = findNumbers('受理申请 21 件，');
    expect(t).toMatchObject({ start: 5, unitStart: 8, end: 9 });
  });
});
