import { deadlineStatus, pastDeadlineWhenCreated } from '../../../shared/model';

export { pastDeadlineWhenCreated };
import type { Draft } from '../../../shared/model';

type Dated = Pick<Draft, 'agency' | 'year' | 'createdAt'>;

/**
 * "发布期限 2026年1月31日 · 还有12天" for the open draft (条例第四十九条, by the agency's level); `overdue` (shown red)
 * only for a draft begun in time whose deadline has now passed.
 */
export function deadlineText(draft: Dated, today: Date): { text: string; overdue: boolean } {
  const status = deadlineStatus(draft, today);
  if (pastDeadlineWhenCreated(draft, today)) return { text: `发布期限 ${status.date} · 往年报告`, overdue: false };
  return { text: `发布期限 ${status.date} · ${status.remaining}`, overdue: status.days < 0 };
}
