import { describe, expect, it } from 'vitest';
import { findingTable, groupFindings, RULE_LABELS } from '../../renderer/src/logic/findingGroups';
import type { Finding } from '../../shared/rules';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'parts.missing',
  severity: 'warning',
  cells: [],
  message: '…',
  key: over.message ?? 'k',
  ...over,
});

describe('the rule panel’s groups', () => {
  it('groups findings by part in the report’s order, the opening first and the whole report last', () => {
    const groups = groupFindings([
      finding({ rule: 'deadline', severity: 'info', message: 'deadline' }),
      finding({ rule: 'applications.balance', cells: ['applications.balance.natural'], message: 'balance' }),
      finding({ rule: 'parts.missing', part: 'problems', message: 'problems' }),
      finding({
        rule: 'text.staleYear',
        message: 'opening',
        text: { part: 'opening', section: null, sectionId: null, paragraph: 0, start: 0, end: 1, quote: 'x' },
      }),
      finding({ rule: 'text.numbers', part: 'overview', cells: ['applications.granted.total'], message: 'one' }),
    ]);
    expect(groups.map((g) => [g.id, g.label, g.findings.map((f) => f.message)])).toEqual([
      ['front', '标题与引言', ['opening']],
      ['overview', '一、总体情况', ['one']],
      ['applications', '三、收到和处理政府信息公开申请情况', ['balance']],
      ['problems', '五、存在的主要问题及改进情况', ['problems']],
      ['whole', '全文', ['deadline']],
    ]);
  });

  it('lists errors first, then warnings, then notes, keeping the rules’ order within each', () => {
    const [group] = groupFindings([
      finding({ part: 'active', severity: 'info', message: 'n1' }),
      finding({ part: 'active', severity: 'warning', message: 'w1' }),
      finding({ part: 'active', severity: 'error', message: 'e1' }),
      finding({ part: 'active', severity: 'warning', message: 'w2' }),
      finding({ part: 'active', severity: 'error', message: 'e2' }),
    ]);
    expect(group!.findings.map((f) => f.message)).toEqual(['e1', 'e2', 'w1', 'w2', 'n1']);
  });

  it('names the table of a finding’s cells from the format’s table names, and none for fee fields or text', () => {
    expect(findingTable(finding({ cells: ['litigation.cases.reviewUpheld'] }))).toBe('表四');
    expect(findingTable(finding({ cells: ['processingFees.noticeCount', 'active.regulations.made'] }))).toBe('表二');
    expect(findingTable(finding({ cells: ['processingFees.noticeCount'] }))).toBeNull();
    expect(findingTable(finding({}))).toBeNull();
  });

  it('has a short label of a few characters for every rule', () => {
    for (const label of Object.values(RULE_LABELS)) expect(label.length).toBeLessThanOrEqual(6);
  });
});
