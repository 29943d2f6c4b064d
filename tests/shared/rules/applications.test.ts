import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/rules';
import { filledDraft, loadDraftFixture } from '../../helpers/drafts';

const balance = (findings: ReturnType<typeof checkDraft>) => findings.filter((f) => f.rule === 'applications.balance');

describe('applications.balance', () => {
  it('passes the hand-entered 2020 Quanzhou report (18 + 0 = 18 + 0)', () => {
    expect(balance(checkDraft(loadDraftFixture('2020-quanzhou.json')))).toEqual([]);
  });

  it.each(['2019', '2021'] as const)('passes a balanced filled %s draft', (format) => {
    expect(balance(checkDraft(filledDraft(format)))).toEqual([]);
  });

  it('names the column, both sums and the difference when a column does not balance', () => {
    const draft = loadDraftFixture('2020-quanzhou.json');
    const broken = {
      ...draft,
      values: { ...draft.values, 'applications.new.research': 5, 'applications.granted.research': 1 },
    };
    const [finding, ...rest] = balance(checkDraft(broken));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      message: '第三列（科研机构）：一+二＝5，三（七）+四＝1，相差4',
      cells: [
        'applications.new.research',
        'applications.carriedOver.research',
        'applications.total.research',
        'applications.carryForward.research',
      ],
    });
  });

  it('counts the three 2021 （六） rows in （七）总计', () => {
    const draft = filledDraft('2021');
    const broken = { ...draft, values: { ...draft.values, 'applications.otherFeeUnpaid.natural': 40 } };
    expect(balance(checkDraft(broken)).map((f) => f.cells[0])).toEqual(['applications.new.natural']);
  });
});
