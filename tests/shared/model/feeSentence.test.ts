import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeSentence, parseFeeSentence, processingFeesSentence } from '../../../shared/model';

describe('the 信息处理费 sentence of part 六', () => {
  it('is printed from the figures and read back to the same figures', () => {
    const amount = fc.oneof(
      fc.nat({ max: 1_000_000 }),
      fc.integer({ min: 1, max: 99_999_999 }).map((n) => n / 100),
    );
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), amount, amount, (noticeCount, noticeAmount, collectedAmount) => {
        const figures = { noticeCount, noticeAmount, collectedAmount };
        expect(parseFeeSentence(feeSentence(figures)!)).toEqual(figures);
      }),
    );
  });

  it('says 本年度未收取信息处理费。 for zero fees, nothing while no figure is filled, and reads both back', () => {
    expect(feeSentence({ noticeCount: 0, noticeAmount: 0, collectedAmount: null })).toBe('本年度未收取信息处理费。');
    expect(feeSentence({ noticeCount: null, noticeAmount: null, collectedAmount: null })).toBeNull();
    expect(parseFeeSentence(' 本年度未收取信息处理费。')).toEqual({
      noticeCount: 0,
      noticeAmount: 0,
      collectedAmount: 0,
    });
    expect(parseFeeSentence('本年度未收取信息处理费。另有说明。')).toBeNull();
  });

  it.each([
    ['2023年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。', null, null, 0],
    ['全县行政机关收取信息处理费共计380元，其中民政局1件，收取380元。', null, null, 380],
    ['本机关未收取任何信息处理费。', null, null, 0],
    ['本年度共发出收费通知2件，收费通知总金额120元，实际收取信息处理费100元。', 2, 120, 100],
  ])('reads the figures a published sentence states, null for the others: %s', (text, count, amount, collected) => {
    expect(parseFeeSentence(text)).toEqual({ noticeCount: count, noticeAmount: amount, collectedAmount: collected });
  });

  it.each([
    '全年收取政府信息公开信息处理费0元。另有说明。',
    '本年度严格落实《政府信息公开信息处理费管理办法》。',
    '全年公开信息0条。',
  ])('reads nothing from text that is not one fee sentence with a figure: %s', (text) => {
    expect(parseFeeSentence(text)).toBeNull();
  });

  it('prints the user’s own wording once edited', () => {
    const fees = { noticeCount: 1, noticeAmount: 2, collectedAmount: 2, sentence: '自拟表述。' };
    expect(processingFeesSentence({ processingFees: fees })).toBe('自拟表述。');
    expect(processingFeesSentence({ processingFees: { ...fees, sentence: null } })).toBe(
      '本年度共发出收费通知1件，总金额2元；实际收取信息处理费2元。',
    );
    expect(processingFeesSentence({ processingFees: null })).toBeNull();
  });
});

describe('the fee sentence parser on hostile text', () => {
  it('reads a 2 MB sentence of digits, spaces or closing brackets in well under a second (no quadratic backtracking)', () => {
    for (const filler of ['1', ' ', '）']) {
      const text = `全年收取信息处理费${filler.repeat(1_000_000)}${' '.repeat(1_000_000)}x`;
      const started = Date.now();
      parseFeeSentence(text);
      expect(Date.now() - started).toBeLessThan(3000);
    }
  });
});
