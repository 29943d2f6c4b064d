import { describe, expect, it } from 'vitest';
import { findPhrases, labelTerm, phraseTable } from '../../../../shared/rules/text/phrases';

describe('the phrase table of text.numbers', () => {
  it.each([
    ['一、本年新收政府信息公开申请数量', '本年新收'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'],
    ['4.保护第三方合法权益', '保护第三方合法权益'],
    ['本年制发件数', '制发'],
    ['本年收费金额（单位：万元）', '收费金额'],
    ['发出收费通知（件）', '发出收费通知'],
  ])('takes the phrase of the template label %s: %s', (label, term) => {
    expect(labelTerm(label)).toBe(term);
  });

  it('maps （六）其他处理 to the format’s own rows: one in 2019, three in 2021', () => {
    const rows = (format: '2019' | '2021') => {
      const subject = phraseTable(format).byTerm.get('其他处理')!.subject;
      return subject.kind === 'appRow' ? subject.alternatives : null;
    };
    expect(rows('2019')).toEqual([['otherHandling']]);
    expect(rows('2021')).toEqual([['otherNoCorrection', 'otherFeeUnpaid', 'otherMisc']]);
  });

  it('maps 制发 / 现行有效 to the 2021 columns and to 新制作 / 对外公开总数量 in 2019', () => {
    const cols = (format: '2019' | '2021', term: string) => {
      const subject = phraseTable(format).byTerm.get(term)!.subject;
      return subject.kind === 'activeCol' ? subject.cols : null;
    };
    expect([cols('2021', '印发'), cols('2021', '现行有效')]).toEqual([['issued'], ['inForce']]);
    expect([cols('2019', '印发'), cols('2019', '现行有效')]).toEqual([['made'], ['totalPublic']]);
  });

  it('has fee phrases only where the format has fee fields, and no phrase for 其他 or 总计', () => {
    expect(phraseTable('2021').byTerm.has('信息处理费')).toBe(true);
    expect(phraseTable('2019').byTerm.has('信息处理费')).toBe(false);
    for (const format of ['2019', '2021'] as const) {
      expect(phraseTable(format).byTerm.has('其他')).toBe(false);
      expect(phraseTable(format).byTerm.has('总计')).toBe(false);
    }
  });

  it('finds the longest phrase at each place: 结转下年度继续办理, not 结转下年度 + 办理', () => {
    const text = '结转下年度继续办理3件，不予公开2件';
    expect(findPhrases(phraseTable('2021'), text, 0, text.length).map((m) => m.phrase.term)).toEqual([
      '结转下年度继续办理',
      '不予公开',
    ]);
  });
});
