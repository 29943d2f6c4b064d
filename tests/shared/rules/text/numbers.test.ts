import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftCellValues } from '../../../../shared/model';
import type { Draft } from '../../../../shared/model';
import { filledDraft, loadDraftFixture } from '../../../helpers/drafts';
import { expectedFixtures, importFixture, proseVsTable, textNumbers, withOverview, withValues } from './helpers';

/** Fixture reports whose expected file records prose that disagrees with the table, and what must be found. */
const DISAGREEING: Readonly<Record<string, readonly { cells0: string; numbers: readonly number[] }[]>> = {
  // 区政府办代表区政府受理政府信息公开申请17件 beside a table of 95 new applications
  '2024-hongze-district': [{ cells0: 'applications.new.total', numbers: [17, 95, 95] }],
};
/** Fixture reports whose prose agrees with their tables (their expected files say so): never a text.numbers finding. */
const AGREEING = [
  '2023-hongze-district',
  '2023-shuyang-development-reform-bureau',
  '2024-huaian-city-layout',
  '2024-huaian-city-raw',
  '2024-shanghai-kewei',
  '2025-shanghai-office',
  '2025-shuyang-county',
];
/** Of those, the ones whose imported narrative quotes table figures at all (2023 shuyang's figure is not imported). */
const QUOTING = AGREEING.filter((n) => n !== '2023-shuyang-development-reform-bureau');

/** Every table value moved, so that any figure the rule compares now disagrees. */
const perturbed = (draft: Draft): Draft => ({
  ...draft,
  values: Object.fromEntries(Object.entries(draft.values).map(([k, v]) => [k, v === null ? v : v * 3 + 1])),
});

describe('text.numbers on the fixture reports', () => {
  it('classifies every fixture with an expected file as agreeing or disagreeing', () => {
    expect([...AGREEING, ...Object.keys(DISAGREEING)].sort()).toEqual(expectedFixtures());
    for (const name of AGREEING) expect(proseVsTable(name)).toMatch(/matches|consistent/i);
  });

  it.each(Object.entries(DISAGREEING))('finds the proseVsTable case of %s', (name, expected) => {
    const findings = textNumbers(importFixture(name));
    expect(findings.map((f) => ({ cells0: f.cells[0], numbers: f.numbers }))).toEqual(expected);
  });

  it.each(AGREEING)('finds nothing in %s, whose prose agrees with its tables', (name) => {
    expect(textNumbers(importFixture(name))).toEqual([]);
  });

  it.each(QUOTING)('does compare the figures of %s (each disagrees once the table changes)', (name) => {
    expect(textNumbers(perturbed(importFixture(name))).length).toBeGreaterThan(0);
  });

  it('finds the 2020 report’s 同意公开 1 (table 5) and 不予公开 1 (table 2), imported or hand-entered', () => {
    for (const draft of [importFixture('2020-quanzhou-statistics-bureau'), loadDraftFixture('2020-quanzhou.json')]) {
      const findings = textNumbers(draft);
      expect(findings.map((f) => [f.cells[0], f.numbers])).toEqual([
        ['applications.granted.total', [1, 5]],
        ['applications.deniedStateSecret.total', [1, 2]],
      ]);
      expect(findings[0]!.message).toContain('文中“同意公开1件”，而表三“（一）予以公开”总计为5件');
      expect(findings[1]!.message).toContain('文中“不予公开1件”，而表三“（三）不予公开”总计为2件');
    }
  });

  it('points at the sentence: part, sub-section, paragraph and offsets of the quoted text', () => {
    const draft = loadDraftFixture('2020-quanzhou.json');
    const [finding] = textNumbers(draft);
    const spot = finding!.text!;
    expect(spot).toMatchObject({ part: 'overview', section: 2, sectionId: draft.narrative.overview[2]!.id });
    const paragraph = draft.narrative.overview[spot.section!]!.paragraphs[spot.paragraph]!;
    expect(paragraph.slice(spot.start, spot.end)).toBe(spot.quote);
    expect(spot.quote).toMatch(/^已答复18件.*11件。$/);
    expect(finding!.message).toMatch(/^一、总体情况（二）依申请公开方面 第3段：“已答复18件/);
  });
});

describe('text.numbers reads figures as reports write them', () => {
  const base = withValues(filledDraft('2021'), {
    'applications.new.natural': 18,
    'applications.new.business': 0,
    'applications.new.research': 0,
    'applications.new.nonprofit': 0,
    'applications.new.legalService': 0,
    'applications.new.otherOrg': 0,
  });
  const values = draftCellValues(base);
  const v = (a: string) => values.get(a)!;

  it.each(['十八', '18', '１８', '一十八'])('accepts 本年新收政府信息公开申请%s件 when 一 is 18', (n) => {
    expect(textNumbers(withOverview(base, `本年新收政府信息公开申请${n}件。`))).toEqual([]);
  });

  it.each(['十九', '19', '１９'])('flags 本年新收政府信息公开申请%s件 when 一 is 18', (n) => {
    const findings = textNumbers(withOverview(base, `本年新收政府信息公开申请${n}件。`));
    expect(findings.map((f) => f.numbers)).toEqual([[19, 18]]);
  });

  it('accepts 收到 … either as 一 or as 一+二, as reports count both ways', () => {
    const both = v('applications.new.total') + v('applications.carriedOver.total');
    expect(textNumbers(withOverview(base, `共收到政府信息公开申请${both}件。`))).toEqual([]);
    expect(textNumbers(withOverview(base, `共收到政府信息公开申请${both + 1}件。`))).toHaveLength(1);
  });

  it('checks applicant columns against the row named earlier in the sentence', () => {
    const text = (n: number) => `本年新收政府信息公开申请18件，其中自然人申请${n}件，法人或其他组织申请0件。`;
    expect(textNumbers(withOverview(base, text(18)))).toEqual([]);
    const [finding] = textNumbers(withOverview(base, text(17)));
    expect(finding).toMatchObject({ cells: ['applications.new.natural'], numbers: [17, 18] });
  });

  it('sums groups and phrases joined by 及/、: 予以公开及部分公开, 不予公开, 行政复议、行政诉讼', () => {
    const granted = v('applications.granted.total') + v('applications.partial.total');
    const denied = [...values]
      .filter(([a]) => /^applications\.denied\w+\.total$/.test(a))
      .reduce((s, [, x]) => s + x!, 0);
    const cases =
      v('litigation.cases.reviewTotal') + v('litigation.cases.directTotal') + v('litigation.cases.afterReviewTotal');
    const text = `予以公开及部分公开${granted}件，不予公开${denied}件；行政复议、行政诉讼案件${cases}件。`;
    expect(textNumbers(withOverview(base, text))).toEqual([]);
    expect(textNumbers(withOverview(base, text.replace(`${cases}件`, `${cases + 2}件`)))).toHaveLength(1);
  });

  it('reads 同意公开答复 9 件 as 同意公开 (答复 gives way) and 转下一年度办理答复的有 N 件 as 结转', () => {
    const draft = withOverview(
      base,
      `同意公开答复${v('applications.granted.total')}件，转下一年度办理答复的有${v('applications.carryForward.total')}件。`,
    );
    expect(textNumbers(draft)).toEqual([]);
  });

  it('checks review and litigation outcomes against the group named before them', () => {
    const upheld = v('litigation.cases.directUpheld') + v('litigation.cases.afterReviewUpheld');
    const total = v('litigation.cases.directTotal') + v('litigation.cases.afterReviewTotal');
    const ok = `行政诉讼${total}件，其中结果维持${upheld}件。`;
    expect(textNumbers(withOverview(base, ok))).toEqual([]);
    const [finding] = textNumbers(withOverview(base, `行政诉讼${total}件，其中结果维持${upheld + 1}件。`));
    expect(finding!.cells).toEqual(['litigation.cases.directUpheld', 'litigation.cases.afterReviewUpheld']);
    expect(finding!.message).toContain('表四“行政诉讼·结果维持”');
  });

  it('checks table 二: 制发规章 N 件, 现行有效 N 件 after its row, 行政事业性收费 in 万元', () => {
    const draft = withValues(base, {
      'active.regulations.issued': 3,
      'active.normativeDocs.inForce': 40,
      'active.adminFees.amount': 12.5,
    });
    const ok = '制发规章3件。行政规范性文件现行有效40件。行政事业性收费12.5万元。';
    expect(textNumbers(withOverview(draft, ok))).toEqual([]);
    const findings = textNumbers(
      withOverview(draft, '制发规章4件。行政规范性文件现行有效41件。行政事业性收费14万元。'),
    );
    expect(findings.map((f) => f.cells)).toEqual([
      ['active.regulations.issued'],
      ['active.normativeDocs.inForce'],
      ['active.adminFees.amount'],
    ]);
    expect(findings[2]!.message).toContain('为12.5万元');
    // Rounded to the digits written: 13万元 for 12.5万元 passes.
    expect(textNumbers(withOverview(draft, '行政事业性收费13万元。'))).toEqual([]);
  });

  it('checks 信息处理费 figures against the fee fields', () => {
    const draft = {
      ...base,
      processingFees: { noticeCount: 1, noticeAmount: 380, collectedAmount: 380, sentence: null },
    };
    expect(textNumbers(withOverview(draft, '全年收取信息处理费380元，发出收费通知1件。'))).toEqual([]);
    const [finding] = textNumbers(withOverview(draft, '全年收取信息处理费3940元。'));
    expect(finding).toMatchObject({ numbers: [3940, 380, 380] });
    expect(finding!.message).toContain('信息处理费“实际收取金额（元）”为380元');
  });

  it('checks a share of table 三 with rounding tolerance, against （七）总计, 一 or 一+二', () => {
    const draft = withValues(base, {});
    const granted = v('applications.granted.total');
    const pct = (granted / v('applications.total.total')) * 100;
    const ok = `予以公开${granted}件（${pct.toFixed(2)}%）。`;
    expect(textNumbers(withOverview(draft, ok))).toEqual([]);
    expect(textNumbers(withOverview(draft, `予以公开${granted}件，占比${Math.floor(pct)}%。`))).toEqual([]);
    const [finding] = textNumbers(withOverview(draft, `予以公开${granted}件（${(pct + 3).toFixed(2)}%）。`));
    expect(finding!.numbers).toEqual([Number((pct + 3).toFixed(2)), Number(pct.toFixed(2))]);
  });

  it.each([
    ['a figure of another thing after the phrase', '不予公开文件数60条。'],
    ['a subset after 其中 or 网上', '共受理18件(其中:网上受理3条)。'],
    ['a list closed by 等', '刊登规章、行政规范性文件等243件。'],
    ['an approximate figure', '受理申请近300件，受理申请300件以上。'],
    ['a figure before a phrase it is not next to', '有1件涉及政府信息公开工作的行政复议。'],
    ['a phrase in another clause', '行政复议工作规范，全年共96件。'],
    ['a figure with no phrase at all', '主动公开政府信息4511条，开展意见征集9期。'],
    ['a set phrase that reads like a figure', '受理申请一次性告知补正材料。'],
    ['another action on table 二’s documents', '清理规章5件，修订行政规范性文件2件。'],
  ])('never flags %s', (_name, text) => {
    expect(textNumbers(withOverview(base, text))).toEqual([]);
  });

  it('reads a figure right before the item it counts: 另有 N 件顺延到下年度答复, N件申请不予公开', () => {
    const carried = v('applications.carryForward.total');
    expect(textNumbers(withOverview(base, `另有 ${carried} 件顺延到下年度答复。`))).toEqual([]);
    const [finding] = textNumbers(withOverview(base, `另有 ${carried + 1} 件顺延到下年度答复。`));
    expect(finding!.message).toContain(`文中“${carried + 1} 件顺延到下年度”`);
    expect(textNumbers(withOverview(base, '共有99件申请不予公开。'))).toHaveLength(1);
  });

  it('never compares with an empty table item (value.empty reports it)', () => {
    const draft = withValues(base, { 'litigation.cases.reviewUpheld': null, 'litigation.cases.reviewCorrected': null });
    const empty = withValues(draft, {
      'litigation.cases.reviewOther': null,
      'litigation.cases.reviewPending': null,
    });
    expect(textNumbers(withOverview(empty, '行政复议99件。'))).toEqual([]);
  });

  it('checks the opening and a typed fee sentence too, and says where', () => {
    const draft = {
      ...withOverview(base),
      opening: '本年度共收到政府信息公开申请99件。',
      processingFees: { noticeCount: 0, noticeAmount: 0, collectedAmount: 0, sentence: '本年度收取信息处理费50元。' },
    };
    const findings = textNumbers(draft);
    expect(findings.map((f) => [f.text!.part, f.text!.feeSentence ?? false])).toEqual([
      ['opening', false],
      ['other', true],
    ]);
    expect(findings[0]!.message).toMatch(/^报告开头：/);
    expect(findings[1]!.message).toMatch(/^六、其他需要报告的事项信息处理费情况：/);
  });
});

describe('text.numbers on the 2019 format (its own row and column ids)', () => {
  const draft = withValues(loadDraftFixture('2020-quanzhou.json'), { 'applications.otherHandling.natural': 3 });
  const values = draftCellValues(draft);
  // The fixture's own 同意公开 / 不予公开 findings stand in a later sub-section.
  const inFirst = (d: Draft) => textNumbers(d).filter((f) => f.text?.section === 0);

  it('compares 其他处理 with the single （六）其他处理 row, and 采购总金额 of table 二 (its unit as chosen)', () => {
    const ok = `其他处理${values.get('applications.otherHandling.total')}件。政府集中采购工作规范，采购总金额8590元。`;
    expect(inFirst(withOverview(draft, ok))).toEqual([]);
    const findings = inFirst(withOverview(draft, '其他处理4件。政府集中采购工作规范，采购总金额9000元。'));
    expect(findings.map((f) => f.cells)).toEqual([['applications.otherHandling.total'], ['active.procurement.amount']]);
    expect(findings[1]!.message).toContain('表二“政府集中采购·采购总金额”为8590元');
  });

  it('has no 信息处理费 fields to compare with', () => {
    expect(inFirst(withOverview(draft, '本年度收取信息处理费100元。'))).toEqual([]);
  });
});

describe('text.numbers property: a changed cell flags exactly the sentence quoting it', () => {
  // Each sentence quotes one item; the cells listed feed only that item.
  const ITEMS: readonly { cell: string; sentence: (v: (a: string) => number) => string }[] = [
    { cell: 'applications.new.natural', sentence: (v) => `本年新收政府信息公开申请${v('applications.new.total')}件。` },
    { cell: 'applications.granted.business', sentence: (v) => `予以公开${v('applications.granted.total')}件。` },
    {
      cell: 'applications.deniedByLaw.research',
      sentence: (v) =>
        `不予公开${[
          'StateSecret',
          'ByLaw',
          'Safety',
          'ThirdParty',
          'Internal',
          'Process',
          'Enforcement',
          'Inquiry',
        ].reduce((s, r) => s + v(`applications.denied${r}.total`), 0)}件。`,
    },
    { cell: 'litigation.cases.reviewUpheld', sentence: (v) => `行政复议${v('litigation.cases.reviewTotal')}件。` },
    { cell: 'active.regulations.issued', sentence: (v) => `本年制发规章${v('active.regulations.issued')}件。` },
    { cell: 'active.penalty.decisions', sentence: (v) => `作出行政处罚决定${v('active.penalty.decisions')}件。` },
  ];
  const base = filledDraft('2021');
  const values = draftCellValues(base);
  const sentences = ITEMS.map((item) => item.sentence((a) => values.get(a)!));
  const paragraph = `本年度，我局依法办理各项工作。${sentences.join('')}`;
  const draft = withOverview(base, paragraph);

  it('finds nothing while the prose and the tables agree', () => {
    expect(textNumbers(draft)).toEqual([]);
  });

  it('flags only the quoting sentence when one of its cells changes', () => {
    fc.assert(
      fc.property(fc.nat({ max: ITEMS.length - 1 }), fc.integer({ min: 1, max: 500 }), (i, delta) => {
        const item = ITEMS[i]!;
        const changed = withValues(draft, { [item.cell]: base.values[item.cell]! + delta });
        const findings = textNumbers(changed);
        expect(findings).toHaveLength(1);
        const start = paragraph.indexOf(sentences[i]!);
        expect(findings[0]!.text).toMatchObject({ start, end: start + sentences[i]!.length, quote: sentences[i] });
      }),
      { numRuns: 60 },
    );
  });
});
