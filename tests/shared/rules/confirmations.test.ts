import { describe, expect, it } from 'vitest';
import type { Confirmation } from '../../../shared/model';
import { liveConfirmations, splitConfirmed } from '../../../shared/rules';
import type { Finding } from '../../../shared/rules';

const finding = (key: string, severity: Finding['severity']): Finding => ({
  rule: 'text.numbers',
  severity,
  cells: [],
  message: key,
  key,
});
const confirmed = (key: string): Confirmation => ({
  key,
  reason: '已核对原始台账',
  confirmedAt: '2026-01-05T08:00:00Z',
});

describe('已核实 confirmations', () => {
  it('moves a warning or note with a confirmed key out of the open findings, keeping its reason', () => {
    const split = splitConfirmed(
      [finding('a', 'warning'), finding('b', 'info'), finding('c', 'warning')],
      [confirmed('a'), confirmed('b')],
    );
    expect(split.open.map((f) => f.key)).toEqual(['c']);
    expect(split.confirmed.map((c) => [c.finding.key, c.confirmation.reason])).toEqual([
      ['a', '已核对原始台账'],
      ['b', '已核对原始台账'],
    ]);
  });

  it('never confirms an error away', () => {
    const split = splitConfirmed([finding('e', 'error')], [confirmed('e')]);
    expect(split.open.map((f) => f.key)).toEqual(['e']);
    expect(split.confirmed).toEqual([]);
  });

  it('drops a confirmation once its finding changed (a new key) or went away', () => {
    const live = liveConfirmations([finding('a2', 'warning'), finding('e', 'error')], [confirmed('a'), confirmed('e')]);
    expect(live).toEqual([]);
    expect(liveConfirmations([finding('a', 'warning')], [confirmed('a')])).toEqual([confirmed('a')]);
  });
});
