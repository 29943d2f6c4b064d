import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../shared/model';
import { checkDraft } from '../../../shared/rules';
import { filledDraft, NOW } from '../../helpers/drafts';

const ofRule = (rule: string, findings: ReturnType<typeof checkDraft>) => findings.filter((f) => f.rule === rule);

describe('value.invalid', () => {
  it('finds nothing in a draft whose values fit their kinds', () => {
    expect(ofRule('value.invalid', checkDraft(filledDraft('2019')))).toEqual([]);
  });

  it('reports a negative count, a fractional count, a fractional 本年增/减 and negative money by cell', () => {
    const draft = filledDraft('2019');
    const bad = {
      ...draft,
      values: {
        ...draft.values,
        'applications.new.natural': -3,
        'litigation.cases.reviewUpheld': 1.5,
        'active.penalty.change': 0.5,
        'active.procurement.amount': -1,
      },
    };
    const findings = ofRule('value.invalid', checkDraft(bad));
    expect(findings.map((f) => f.cells[0])).toEqual([
      'active.penalty.change',
      'active.procurement.amount',
      'applications.new.natural',
      'litigation.cases.reviewUpheld',
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings[2]!.message).toContain('一、本年新收政府信息公开申请数量 第一列（自然人）：-3');
  });

  it('reports an invalid 2021 fee figure under the label the fee form shows', () => {
    const draft = filledDraft('2021');
    const bad = { ...draft, processingFees: { ...draft.processingFees!, noticeCount: 1.5 } };
    const findings = ofRule('value.invalid', checkDraft(bad));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('信息处理费 发出收费通知（件）：1.5 应为不小于0的整数');
  });
});

describe('value.empty', () => {
  it('finds nothing when every entered cell is filled', () => {
    expect(ofRule('value.empty', checkDraft(filledDraft('2021')))).toEqual([]);
  });

  it('lists the empty cells of each table in one warning per table, leaving derived totals out', () => {
    const blank = createDraft({ id: 'b', year: 2024, now: NOW });
    const findings = ofRule('value.empty', checkDraft(blank));
    expect(findings.map((f) => f.part)).toEqual(['active', 'applications', 'litigation']);
    expect(findings.map((f) => f.cells.length)).toEqual([10, 25 * 6 - 6, 12]);
    expect(findings[1]!.cells).not.toContain('applications.total.natural');
    expect(findings[1]!.message).toContain('144个单元格未填写');
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });
});
