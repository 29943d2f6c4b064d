import { describe, expect, it } from 'vitest';
import type { BatchTable } from '../../shared/api/contract';
import { INITIAL_VIEW, ruleCounts, shownColumns, sortBy, visibleRows } from '../../renderer/src/logic/batchRows';

const table: BatchTable = {
  folder: '/reports',
  headers: ['文件', '机关', '错误', 'value.empty', 'applications.balance', '上年报告'],
  rows: [
    { cells: ['b.txt', '乙局', 2, 0, 2, null], read: true, errors: 2, rules: ['applications.balance'] },
    { cells: ['a.txt', '甲局', 0, 1, 0, null], read: true, errors: 0, rules: ['value.empty'] },
    { cells: ['c.docx', '', null, null, null, null], read: false, errors: 0, rules: [] },
    {
      cells: ['d.txt', '丙局', 10, 3, 1, null],
      read: true,
      errors: 10,
      rules: ['value.empty', 'applications.balance'],
    },
  ],
  ruleIds: ['value.empty', 'applications.balance'],
  problems: [],
  skipped: 0,
  readCount: 3,
  unreadCount: 1,
  withErrors: 2,
};

describe('the 批量检查 table view', () => {
  it('keeps the file order until a header is clicked, then sorts numbers by value and empty cells last both ways', () => {
    expect(visibleRows(table, INITIAL_VIEW)).toEqual([0, 1, 2, 3]);
    const up = sortBy(INITIAL_VIEW, 2);
    expect(visibleRows(table, up)).toEqual([1, 0, 3, 2]);
    const down = sortBy(up, 2);
    expect(visibleRows(table, down)).toEqual([3, 0, 1, 2]);
    expect(sortBy(down, 2)).toEqual(INITIAL_VIEW);
    expect(visibleRows(table, sortBy(INITIAL_VIEW, 0))).toEqual([1, 0, 2, 3]);
  });

  it('filters by rule id, and to reports with errors (an unreadable file counts as one)', () => {
    expect(visibleRows(table, { ...INITIAL_VIEW, rule: 'applications.balance' })).toEqual([0, 3]);
    expect(visibleRows(table, { ...INITIAL_VIEW, errorsOnly: true })).toEqual([0, 2, 3]);
    expect(visibleRows(table, { ...INITIAL_VIEW, rule: 'value.empty', errorsOnly: true })).toEqual([3]);
  });

  it('shows the sheet’s columns without the per-rule counts (but the filtered rule’s) and without empty ones', () => {
    expect(shownColumns(table, null)).toEqual([0, 1, 2]);
    expect(shownColumns(table, 'applications.balance')).toEqual([0, 1, 2, 4]);
  });

  it('lists each rule with the reports it is found in, most first, ties in the order the rules report them', () => {
    expect(ruleCounts(table)).toEqual([
      { rule: 'value.empty', reports: 2 },
      { rule: 'applications.balance', reports: 2 },
    ]);
    const more = { ...table, rows: [...table.rows, { ...table.rows[0]!, cells: ['e.txt'] }] };
    expect(ruleCounts(more).map((r) => r.rule)).toEqual(['applications.balance', 'value.empty']);
  });
});
