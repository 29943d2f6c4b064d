import { describe, expect, it } from 'vitest';
import { createDraft } from '../../shared/model';
import { deadlineText, pastDeadlineWhenCreated } from '../../renderer/src/logic/deadline';

/** A department's 2020 report (due 2021年1月31日), its draft made at local noon of the given day. */
const draftOf2020 = (createdOn: [number, number, number], kind: 'department' | 'government' = 'department') =>
  createDraft({
    id: 'd',
    year: 2020,
    agency: { name: '某局', kind },
    now: new Date(createdOn[0], createdOn[1] - 1, createdOn[2], 12).toISOString(),
  });

const later = new Date(2026, 0, 1);

describe('deadline badge', () => {
  it('shows no red 已过期 for a draft made after its deadline, as an imported published report is', () => {
    const imported = draftOf2020([2025, 11, 20]);
    expect(pastDeadlineWhenCreated(imported, new Date(2026, 0, 5))).toBe(true);
    expect(deadlineText(imported, new Date(2026, 0, 5))).toEqual({
      text: '发布期限 2021年1月31日 · 往年报告',
      overdue: false,
    });
  });

  it('still shows 已过期 in red for a draft begun in time whose deadline has since passed', () => {
    const late = draftOf2020([2021, 1, 10]);
    expect(pastDeadlineWhenCreated(late, new Date(2021, 1, 3))).toBe(false);
    expect(deadlineText(late, new Date(2021, 1, 3))).toEqual({
      text: '发布期限 2021年1月31日 · 已过期3天',
      overdue: true,
    });
  });

  it('counts a draft made on the deadline day itself as begun in time', () => {
    expect(pastDeadlineWhenCreated(draftOf2020([2021, 1, 31]), later)).toBe(false);
    expect(pastDeadlineWhenCreated(draftOf2020([2021, 2, 1]), later)).toBe(true);
  });

  it('uses the agency’s own deadline: a 人民政府 made in February is still in time', () => {
    expect(pastDeadlineWhenCreated(draftOf2020([2021, 2, 15], 'government'), later)).toBe(false);
    expect(pastDeadlineWhenCreated(draftOf2020([2021, 2, 15]), later)).toBe(true);
  });

  it('counts a draft stamped moments after today’s clock reading, on the same day, as made today (a batch reads the clock first)', () => {
    const draft = draftOf2020([2025, 11, 20]);
    const justBefore = new Date(new Date(draft.createdAt).getTime() - 5);
    expect(pastDeadlineWhenCreated(draft, justBefore)).toBe(true);
  });

  it('counts days as usual when the draft seems made after today (a clock set back)', () => {
    const draft = draftOf2020([2025, 11, 20]);
    expect(pastDeadlineWhenCreated(draft, new Date(2021, 0, 20))).toBe(false);
    expect(deadlineText(draft, new Date(2021, 0, 20)).text).toBe('发布期限 2021年1月31日 · 还有11天');
  });
});
