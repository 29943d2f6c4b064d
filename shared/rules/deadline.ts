import { AGENCY_KIND_LABELS } from '../model/draft';
import { publishDeadline } from '../model/text';
import type { RuleContext } from './context';
import type { Finding } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** 条例第四十九条: the report is due 1月31日 (departments) or 3月31日 (人民政府) of the next year. */
export function deadlineNote(ctx: RuleContext): Finding[] {
  const { draft, today } = ctx;
  const due = publishDeadline(draft);
  let message = `本报告应于${due.year}年${due.month}月${due.day}日前公开（${AGENCY_KIND_LABELS[draft.agency.kind]}，条例第四十九条）`;
  let severity: Finding['severity'] = 'info';
  if (today) {
    const dueDay = Date.UTC(due.year, due.month - 1, due.day);
    const todayDay = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
    const days = Math.round((dueDay - todayDay) / DAY_MS);
    if (days >= 0) message += `，还有${days}天`;
    else {
      message += `，已过期${-days}天`;
      severity = 'warning';
    }
  }
  return [{ rule: 'deadline', severity, cells: [], message }];
}
