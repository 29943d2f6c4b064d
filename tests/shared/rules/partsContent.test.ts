import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/model';
import { checkDraft } from '../../../shared/rules';
import { filledDraft, loadDraftFixture } from '../../helpers/drafts';

const content = (draft: Draft) => checkDraft(draft).filter((f) => f.rule === 'parts.content');
const withPart = (draft: Draft, part: 'problems' | 'other', ...paragraphs: string[]): Draft => ({
  ...draft,
  narrative: { ...draft.narrative, [part]: [{ id: `${part}-1`, heading: '', paragraphs }] },
});

describe('parts.content', () => {
  it('finds nothing in a complete department draft or the 2020 fixture', () => {
    expect(content(filledDraft('2021'))).toEqual([]);
    expect(content(loadDraftFixture('2020-quanzhou.json'))).toEqual([]);
  });

  it.each(['无', '无。', '暂无', ' 没有 '])('warns when 五 says only %j', (text) => {
    const [finding] = content(withPart(filledDraft('2021'), 'problems', text));
    expect(finding).toMatchObject({ severity: 'warning', part: 'problems' });
    expect(finding!.message).toBe('五、存在的主要问题及改进情况：只写了“无”——请写明本年度存在的主要问题和改进情况');
  });

  it('warns when fees were charged but 六 never mentions 信息处理费 (a typed fee sentence without it)', () => {
    const draft = {
      ...filledDraft('2021'),
      processingFees: { noticeCount: 2, noticeAmount: 100, collectedAmount: 100, sentence: '本年度收费情况正常。' },
    };
    expect(content(draft).map((f) => f.part)).toEqual(['other']);
    const stated = { ...draft, processingFees: { ...draft.processingFees, sentence: null } };
    expect(content(stated)).toEqual([]);
  });

  it('warns when applications lapsed for unpaid fees (（六）2) and 六 is silent on 信息处理费', () => {
    const draft = {
      ...filledDraft('2021'),
      values: { ...filledDraft('2021').values, 'applications.otherFeeUnpaid.natural': 3 },
    };
    const silent = {
      ...draft,
      processingFees: { noticeCount: null, noticeAmount: null, collectedAmount: null, sentence: null },
    };
    const [finding] = content(silent);
    expect(finding!.cells).toEqual(['applications.otherFeeUnpaid.total']);
  });

  it('notes a 人民政府 六 without 政务公开工作要点 or 人大代表建议和政协提案', () => {
    const government = {
      ...filledDraft('2021'),
      agency: { ...filledDraft('2021').agency, kind: 'government' as const },
    };
    expect(content(government).map((f) => [f.severity, f.message])).toEqual([
      ['info', '六、其他需要报告的事项：人民政府的年报通常在此报告“政务公开工作要点落实情况”，本报告没有提到'],
      [
        'info',
        '六、其他需要报告的事项：人民政府的年报通常在此报告“人大代表建议和政协提案办理结果公开情况”，本报告没有提到',
      ],
    ]);
    const covered = withPart(
      government,
      'other',
      '落实2024年政务公开工作要点情况良好。',
      '人大代表建议和政协提案办理结果均已公开。',
    );
    expect(content(covered)).toEqual([]);
  });

  it('warns at the first sub-heading numbered out of order: （一）（三）（二）', () => {
    const draft = filledDraft('2021');
    const [a, b, c, ...rest] = draft.narrative.overview;
    const swapped = { ...draft, narrative: { ...draft.narrative, overview: [a!, c!, b!, ...rest] } };
    const [finding] = content(swapped);
    expect(finding).toMatchObject({ part: 'overview', section: c!.id });
    expect(finding!.message).toBe('一、总体情况：小标题“（三）政府信息管理”的序号应为（二），编号不连续或顺序颠倒');
  });
});
