import { deadlineStatus } from '../../../shared/model';
import type { Draft } from '../../../shared/model';

type Dated = Pick<Draft, 'agency' | 'year' | 'createdAt'>;

/**
 * The deadline had already passed on the day the draft was made: a report of a past year, as an import of the
 * published report is by nature (or one written up afterwards for the record). A red 已过期 would be noise there.
 * Derived from `createdAt`, so no stored field is needed to know a draft came from a published report.
 */
export function pastDeadlineWhenCreated(draft: Dated, today: Date): boolean {
  const created = new Date(draft.createdAt);
  // Made "after" today is a clock that moved back (or a page with a fixed clock): count days as for any draft.
  return created.getTime() <= today.getTime() && deadlineStatus(draft, created).days < 0;
}

/**
 * "发布期限 2026年1月31日 · 还有12天" for the open draft (条例第四十九条, by the agency's level); `overdue` (shown red)
 * only for a draft begun in time whose deadline has now passed.
 */
export function deadlineText(draft: Dated, today: Date): { text: string; overdue: boolean } {
  const status = deadlineStatus(draft, today);
  if (pastDeadlineWhenCreated(draft, today)) return { text: `发布期限 ${status.date} · 往年报告`, overdue: false };
  return { text: `发布期限 ${status.date} · ${status.remaining}`, overdue: status.days < 0 };
}
