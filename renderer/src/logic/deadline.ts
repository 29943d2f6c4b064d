import { deadlineStatus } from '../../../shared/model';
import type { Draft } from '../../../shared/model';

/** "发布期限 2026年1月31日 · 还有12天" for the open draft (条例第四十九条, by the agency's level). */
export function deadlineText(draft: Pick<Draft, 'agency' | 'year'>, today: Date): { text: string; overdue: boolean } {
  const status = deadlineStatus(draft, today);
  return { text: `发布期限 ${status.date} · ${status.remaining}`, overdue: status.days < 0 };
}
