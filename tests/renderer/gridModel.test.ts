import { describe, expect, it } from 'vitest';
import { gridModel, moveFrom, offsetFrom, tabFrom } from '../../renderer/src/logic/gridModel';
import { getFormat } from '../../shared/templates';

const f2021 = getFormat('2021');
const f2019 = getFormat('2019');
const apps = gridModel(f2021.tables.applications);

describe('grid model from the format layout', () => {
  it('places table 三 value cells after the merged label columns, seven per row', () => {
    expect(apps.rows).toHaveLength(f2021.tables.applications.cells.length / 7);
    for (const row of apps.rows) expect(row.map((c) => c.colStart)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('marks derived totals and leaves them out of the Tab order', () => {
    expect(apps.byAddress.get('applications.new.total')!.derived).toBe(true);
    expect(apps.byAddress.get('applications.total.natural')!.derived).toBe(true);
    expect(apps.tabOrder).not.toContain('applications.new.total');
    expect(apps.tabOrder[0]).toBe('applications.new.natural');
  });

  it('puts the single 2021 table 二 decision cell across the three value columns', () => {
    const active = gridModel(f2021.tables.active);
    const cell = active.byAddress.get('active.licensing.decisions')!;
    expect([cell.colStart, cell.colSpan]).toEqual([1, 3]);
  });
});

describe('keyboard moves', () => {
  it('moves right along a row and stops before the derived 总计 column', () => {
    expect(moveFrom(apps, 'applications.new.natural', 'right')).toBe('applications.new.business');
    expect(moveFrom(apps, 'applications.new.otherOrg', 'right')).toBe('applications.new.otherOrg');
  });

  it('moves down over the derived （七）总计 row to 结转下年度', () => {
    const lastResult = apps.rows[apps.rows.length - 3]![0]!.address;
    expect(moveFrom(apps, lastResult, 'down')).toBe('applications.carryForward.natural');
    expect(moveFrom(apps, 'applications.carryForward.natural', 'up')).toBe(lastResult);
  });

  it('moves down from a three-column block into a spanning cell and back up by column', () => {
    const active = gridModel(f2021.tables.active);
    expect(moveFrom(active, 'active.normativeDocs.inForce', 'down')).toBe('active.licensing.decisions');
    expect(moveFrom(active, 'active.licensing.decisions', 'up')).toBe('active.normativeDocs.issued');
  });

  it('stays put at the edges', () => {
    expect(moveFrom(apps, 'applications.new.natural', 'up')).toBe('applications.new.natural');
    expect(moveFrom(apps, 'applications.new.natural', 'left')).toBe('applications.new.natural');
  });

  it('tabs in reading order over rows, skipping totals, and stops at the ends', () => {
    expect(tabFrom(apps, 'applications.new.otherOrg', false)).toBe('applications.carriedOver.natural');
    expect(tabFrom(apps, 'applications.carriedOver.natural', true)).toBe('applications.new.otherOrg');
    expect(tabFrom(apps, 'applications.new.natural', true)).toBe('applications.new.natural');
  });

  it('moves on from a focused total (clicked, or named by a finding) to the entered cells around it', () => {
    expect(tabFrom(apps, 'applications.new.total', false)).toBe('applications.carriedOver.natural');
    expect(tabFrom(apps, 'applications.new.total', true)).toBe('applications.new.otherOrg');
    expect(moveFrom(apps, 'applications.new.total', 'left')).toBe('applications.new.otherOrg');
    expect(moveFrom(apps, 'applications.total.natural', 'down')).toBe('applications.carryForward.natural');
  });

  it('finds cells by offset for pasting, and nothing outside the table', () => {
    expect(offsetFrom(apps, 'applications.new.natural', 1, 2)!.address).toBe('applications.carriedOver.research');
    expect(offsetFrom(apps, 'applications.new.natural', 0, 7)).toBeNull();
    expect(offsetFrom(apps, 'applications.carryForward.natural', 1, 0)).toBeNull();
  });

  it('handles the 2019 table 二 with two- and three-column blocks and the litigation row', () => {
    const active = gridModel(f2019.tables.active);
    expect(moveFrom(active, 'active.adminFees.change', 'down')).toBe('active.procurement.amount');
    const lit = gridModel(f2019.tables.litigation);
    expect(lit.rows).toHaveLength(1);
    expect(lit.tabOrder).toHaveLength(12);
    expect(moveFrom(lit, 'litigation.cases.reviewPending', 'right')).toBe('litigation.cases.directUpheld');
  });
});
