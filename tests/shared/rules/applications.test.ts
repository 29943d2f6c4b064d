import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/rules';
import { ENTERED_APPLICANT_COLUMNS } from '../../../shared/templates';
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

  it.each([
    ['三（七）+四 exceeds 一+二', 'carryForward'],
    ['一+二 exceeds 三（七）+四', 'carriedOver'],
  ] as const)('flags each of the six applicant columns on its own when %s', (_case, row) => {
    const draft = filledDraft('2021');
    ENTERED_APPLICANT_COLUMNS.forEach((col, index) => {
      const address = `applications.${row}.${col.id}`;
      const broken = { ...draft, values: { ...draft.values, [address]: draft.values[address]! + 1 } };
      const findings = balance(checkDraft(broken));
      expect(findings.map((f) => f.cells[0])).toEqual([`applications.new.${col.id}`]);
      expect(findings[0]!.message.startsWith(`第${'一二三四五六'[index]}列（${col.label}）：一+二＝`)).toBe(true);
      expect(findings[0]!.message.endsWith('相差1')).toBe(true);
    });
  });
});
