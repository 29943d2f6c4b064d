import { publishDeadline } from '../../../shared/model';
import type { Draft } from '../../../shared/model';

/** "发布期限 2026年1月31日 · 还剩 12 天" for the open draft (条例第四十九条, by the agency's level). */
export function deadlineText(draft: Pick<Draft, 'agency' | 'year'>, today: Date): { text: string; overdue: boolean } {
  const d = publishDeadline(draft);
  const due = Date.UTC(d.year, d.month - 1, d.day);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((due - now) / 86_400_000);
  const date = `${d.year}年${d.month}月${d.day}日`;
  if (days > 0) return { text: `发布期限 ${date} · 还剩 ${days} 天`, overdue: false };
  if (days === 0) return { text: `发布期限 ${date} · 今天截止`, overdue: false };
  return { text: `发布期限 ${date} · 已超过 ${-days} 天`, overdue: true };
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
