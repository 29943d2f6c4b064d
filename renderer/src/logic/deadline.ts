import { deadlineStatus } from '../../../shared/model';
import type { Draft } from '../../../shared/model';

/** "发布期限 2026年1月31日 · 还有12天" for the open draft (条例第四十九条, by the agency's level). */
export function deadlineText(draft: Pick<Draft, 'agency' | 'year'>, today: Date): { text: string; overdue: boolean } {
  const status = deadlineStatus(draft, today);
  return { text: `发布期限 ${status.date} · ${status.remaining}`, overdue: status.days < 0 };
}

/** HH:mm in local time. */
export function clockTime(iso: string): string {
  const t = new Date(iso);
  return `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
}

/** 2026-01-05 14:03 in local time, for lists. */
export function dateTime(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())} ${p(t.getHours())}:${p(t.getMinutes())}`;
}
