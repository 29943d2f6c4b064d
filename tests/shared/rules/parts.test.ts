import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../shared/model';
import { checkDraft } from '../../../shared/rules';
import { filledDraft, loadDraftFixture, NOW } from '../../helpers/drafts';

const missing = (findings: ReturnType<typeof checkDraft>) => findings.filter((f) => f.rule === 'parts.missing');

describe('parts.missing', () => {
  it('finds nothing when every part and standard sub-heading has text and the fees are stated', () => {
    expect(missing(checkDraft(filledDraft('2021')))).toEqual([]);
  });

  it('accepts the sub-headings as reports word them, e.g. （四）平台建设方面', () => {
    expect(missing(checkDraft(loadDraftFixture('2020-quanzhou.json')))).toEqual([]);
  });

  it('reports every empty narrative part and the missing 信息处理费 of a blank 2021 draft', () => {
    const messages = missing(checkDraft(createDraft({ id: 'b', year: 2024, now: NOW }))).map((f) => f.message);
    expect(messages).toEqual([
      '一、总体情况：尚未填写内容',
      '五、存在的主要问题及改进情况：尚未填写内容',
      '六、其他需要报告的事项：尚未填写内容',
      '六、其他需要报告的事项：未填写信息处理费情况（未收取也请填0）',
    ]);
  });

  it('points at a standard sub-heading left empty, and names one that was removed', () => {
    const draft = filledDraft('2021');
    const [first, second, ...rest] = draft.narrative.overview;
    const edited = {
      ...draft,
      narrative: { ...draft.narrative, overview: [first!, { ...second!, paragraphs: [' '] }, ...rest.slice(1)] },
    };
    const findings = missing(checkDraft(edited));
    expect(findings.map((f) => f.message)).toEqual([
      '一、总体情况：“（二）依申请公开”下尚未填写内容',
      '一、总体情况：缺少格式规定的“（三）政府信息管理”',
    ]);
    expect(findings[0]!.section).toBe(second!.id);
  });

  it('counts the fee figures as the content of 六 in 2021', () => {
    const draft = filledDraft('2021');
    const noText = { ...draft, narrative: { ...draft.narrative, other: [] } };
    expect(missing(checkDraft(noText))).toEqual([]);
  });
});
