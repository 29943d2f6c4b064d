import { AGENCY_KIND_LABELS } from '../model/draft';
import { deadlineStatus, pastDeadlineWhenCreated, publishDeadline } from '../model/text';
import type { RuleContext } from './context';
import type { RawFinding } from './types';

/** 条例第四十九条: the report is due 1月31日 (departments) or 3月31日 (人民政府) of the next year. */
export function deadlineNote(ctx: RuleContext): RawFinding[] {
  const { draft, today } = ctx;
  const due = publishDeadline(draft);
  const basis = `（${AGENCY_KIND_LABELS[draft.agency.kind]}，条例第四十九条）`;
  if (!today) {
    return [
      {
        rule: 'deadline',
        severity: 'info',
        cells: [],
        message: `本报告应于${due.year}年${due.month}月${due.day}日前公开${basis}`,
      },
    ];
  }
  const status = deadlineStatus(draft, today);
  if (pastDeadlineWhenCreated(draft, today)) {
    // A past year's report (an imported published one): its deadline is history, not something to act on.
    return [
      {
        rule: 'deadline',
        severity: 'info',
        cells: [],
        message: `往年报告：应于${status.date}前公开${basis}`,
        key: `deadline|${status.date}|past`,
      },
    ];
  }
  const severity = status.days < 0 ? 'warning' : 'info';
  return [
    {
      rule: 'deadline',
      severity,
      cells: [],
      message: `本报告应于${status.date}前公开${basis}，${status.remaining}`,
      // The days left change daily; the finding stays the same one until the deadline passes.
      key: `deadline|${status.date}|${severity}`,
    },
  ];
}
