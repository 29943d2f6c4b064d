import { describe, expect, it } from 'vitest';
import { gridModel } from '../../renderer/src/logic/gridModel';
import { planPaste } from '../../renderer/src/logic/paste';
import { parseTsv } from '../../renderer/src/logic/tsv';
import { createDraft } from '../../shared/model';
import { getFormat } from '../../shared/templates';

const draft = createDraft({ id: 'd1', year: 2021, now: '2022-01-05T00:00:00.000Z' });
const apps = gridModel(getFormat('2021').tables.applications);

describe('pasting a block into table 三', () => {
  it('fills from the focused cell to the right and down, through the shared parser', () => {
    const plan = planPaste(draft, apps, 'applications.new.natural', parseTsv('10\t２\t1,000\r\n3\t0\t\r\n'));
    expect(plan.updates).toEqual({
      'applications.new.natural': 10,
      'applications.new.business': 2,
      'applications.new.research': 1000,
      'applications.carriedOver.natural': 3,
      'applications.carriedOver.business': 0,
      'applications.carriedOver.research': null,
    });
    expect(plan.refused).toEqual([]);
  });

  it('lists every refused value with its place and the parser reason', () => {
    const plan = planPaste(draft, apps, 'applications.new.natural', parseTsv('5\tabc\t-1\n'));
    expect(plan.updates).toEqual({ 'applications.new.natural': 5 });
    expect(plan.refused.map((r) => [r.address, r.at, r.text])).toEqual([
      ['applications.new.business', '第1行第2列', 'abc'],
      ['applications.new.research', '第1行第3列', '-1'],
    ]);
    expect(plan.refused[1]!.reason).toContain('负数');
  });

  it('refuses values that fall outside the table, naming where they were', () => {
    const plan = planPaste(draft, apps, 'applications.carryForward.otherOrg', parseTsv('1\t2\t3\n4\n'));
    expect(plan.updates).toEqual({ 'applications.carryForward.otherOrg': 1 });
    // 2 lands on the derived total (refused: differs from the computed 1), 3 and 4 are outside.
    expect(plan.refused.map((r) => [r.at, r.reason.includes('超出表格范围')])).toEqual([
      ['第1行第3列', true],
      ['第2行第1列', true],
      ['第1行第2列', false],
    ]);
  });

  it('accepts a pasted 总计 that equals the computed total and refuses one that does not', () => {
    const ok = planPaste(draft, apps, 'applications.new.natural', parseTsv('1\t1\t1\t1\t1\t1\t6'));
    expect(ok.refused).toEqual([]);
    const bad = planPaste(draft, apps, 'applications.new.natural', parseTsv('1\t1\t1\t1\t1\t1\t7'));
    expect(bad.refused).toHaveLength(1);
    expect(bad.refused[0]!.address).toBe('applications.new.total');
    expect(bad.refused[0]!.reason).toContain('合计');
  });

  it('ignores empty cells that fall outside the table', () => {
    const plan = planPaste(draft, apps, 'applications.new.otherOrg', parseTsv('4\t\t\t'));
    expect(plan.refused).toEqual([]);
    expect(plan.accepted).toBe(1);
  });
});
