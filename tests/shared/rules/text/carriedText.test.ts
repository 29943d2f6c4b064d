import { describe, expect, it } from 'vitest';
import { carryOver } from '../../../../shared/model';
import type { Draft } from '../../../../shared/model';
import { checkDraft } from '../../../../shared/rules';
import type { Finding } from '../../../../shared/rules';
import { normalizeParagraph, SIMILAR } from '../../../../shared/rules/text/unchanged';
import { filledDraft, loadDraftFixture, NOW } from '../../../helpers/drafts';
import { expectedFixtures, importFixture, ofRule, withOverview } from './helpers';

const last = loadDraftFixture('2020-quanzhou.json');
const next = carryOver(last, { id: 'next', now: NOW });
const check = (draft: Draft) => checkDraft(draft, { previous: last });
const at = (findings: readonly Finding[], section: number, paragraph: number) =>
  findings.filter((f) => f.text?.part === 'overview' && f.text.section === section && f.text.paragraph === paragraph);
const editFirstParagraph = (draft: Draft, text: string): Draft => {
  const [first, ...rest] = draft.narrative.overview;
  const paragraphs = [text, ...first!.paragraphs.slice(1)];
  return { ...draft, narrative: { ...draft.narrative, overview: [{ ...first!, paragraphs }, ...rest] } };
};

describe('基于上年新建 from the 2020 fixture', () => {
  it('flags the first paragraph with text.staleYear (2020年，… in a 2021 report) and text.unchanged', () => {
    const findings = check(next);
    const here = at(findings, 0, 0);
    expect(here.map((f) => f.rule).sort()).toEqual(['text.staleYear', 'text.unchanged']);
    const stale = here.find((f) => f.rule === 'text.staleYear')!;
    expect(stale.numbers).toEqual([2020, 2021]);
    expect(stale.message).toContain('把2020年当作本年度，而这是2021年的报告');
    const unchanged = here.find((f) => f.rule === 'text.unchanged')!;
    expect(unchanged.previous).toEqual({ year: 2020, part: 'overview', section: 0, paragraph: 0, similarity: 1 });
    expect(unchanged.text).toMatchObject({ start: 0, end: next.narrative.overview[0]!.paragraphs[0]!.length });
    expect(unchanged.message).toMatch(/^一、总体情况 第1段与2020年报告相同（一、总体情况沿用上年文字约占\d+%）/);
  });

  it('clears both once the paragraph is rewritten', () => {
    const edited = editFirstParagraph(
      next,
      '2021年，我局认真贯彻新修订的《条例》，围绕统计中心工作，重点推进数据发布解读和公开平台建设。',
    );
    expect(at(check(edited), 0, 0)).toEqual([]);
  });

  it('clears staleYear but keeps 沿用上年 when only the year is changed (figures and years are not a rewrite)', () => {
    const edited = editFirstParagraph(next, next.narrative.overview[0]!.paragraphs[0]!.replace('2020年', '2021年'));
    expect(at(check(edited), 0, 0).map((f) => f.rule)).toEqual(['text.unchanged']);
  });

  it('gives 五 repeated from last year its own message', () => {
    const problems = ofRule('text.unchanged', check(next)).filter((f) => f.part === 'problems' && !f.text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^五、存在的主要问题及改进情况：约100%的文字与2020年报告相同/);
  });

  it('needs last year’s draft: no text.unchanged without it', () => {
    expect(ofRule('text.unchanged', checkDraft(next))).toEqual([]);
    expect(ofRule('text.staleYear', checkDraft(next)).length).toBeGreaterThan(0);
  });
});

describe('text.unchanged similarity', () => {
  const paragraph =
    '我局结合统计工作实际，进一步完善依申请公开工作流程，明确依申请公开流程时限，积极办理依申请公开，认真做好依申请公开政府统计信息内容的合法性审查。' +
    '畅通受理渠道，为申请人提供便捷服务，准确适用依申请公开各项规定，全面提升政府信息公开申请办理工作质量。';
  const lastYear = withOverview(filledDraft('2021', 2023), paragraph);
  const unchanged = (text: string) =>
    ofRule('text.unchanged', checkDraft(withOverview(filledDraft('2021', 2024), text), { previous: lastYear })).filter(
      (f) => f.text?.part === 'overview' && f.text.section === 0,
    );

  it('ignores spacing, punctuation, width and figures', () => {
    expect(normalizeParagraph('２０２４年， 收到 18件。')).toBe(normalizeParagraph('2025年收到21件'));
    expect(unchanged(paragraph.replace(/，/g, ', '))[0]!.previous!.similarity).toBe(1);
  });

  it(`counts a paragraph with a few words changed as nearly identical (≥ ${SIMILAR})`, () => {
    const [finding] = unchanged(paragraph.replace('便捷服务', '优质便捷的服务'));
    expect(finding!.previous!.similarity).toBeGreaterThanOrEqual(SIMILAR);
    expect(finding!.message).toContain('几乎相同');
  });

  it('lets a paragraph with a sentence rewritten go', () => {
    const rewritten = paragraph.replace(
      '畅通受理渠道，为申请人提供便捷服务，准确适用依申请公开各项规定，全面提升政府信息公开申请办理工作质量。',
      '本年度新上线依申请公开网上办理系统，申请、补正、答复全流程留痕，平均答复时间缩短至9个工作日。',
    );
    expect(unchanged(rewritten)).toEqual([]);
  });
});

describe('text.staleYear', () => {
  const stale = (year: number, text: string) =>
    ofRule('text.staleYear', checkDraft(withOverview(filledDraft('2021', year), text)));

  it.each([
    ['2024年，我局…', '2024年，我局持续推进政务公开。'],
    ['2024年度我局…', '2024年度我局共收到申请5件。'],
    ['一是2024年全区…', '一是2024年全区主动公开信息200条。'],
    ['截至2024年底', '截至2024年底，我局现行有效规范性文件10件。'],
    ['截至2024年12月31日', '截至2024年12月31日，专栏共发布信息500条。'],
    ['a statistics period', '本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。'],
    ['the report compiled', '现将我局2024年政府信息公开工作年度报告公布如下。'],
  ])('flags %s in a 2025 report', (_name, text) => {
    expect(stale(2025, text).map((f) => f.numbers)).toEqual([[2024, 2025]]);
  });

  it.each([
    ['last year’s problems', '针对2024年工作中存在的问题，重点采取如下改进措施。'],
    ['a comparison', '与2024年相比，申请量增长20%。'],
    ['next year’s plans', '2026年，我局将进一步加强政策解读。'],
    ['this year', '2025年，我局持续推进政务公开。'],
  ])('leaves %s alone', (_name, text) => {
    expect(stale(2025, text)).toEqual([]);
  });

  it.each(['2020-quanzhou-statistics-bureau', ...expectedFixtures()])(
    'finds nothing in the published report %s (written for its own year)',
    (name) => {
      expect(ofRule('text.staleYear', checkDraft(importFixture(name)))).toEqual([]);
    },
  );
});
