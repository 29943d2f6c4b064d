import type { Draft } from './draft';

/** <机关名称><年份>年政府信息公开工作年度报告, unless the user wrote their own. */
export function defaultTitle(agencyName: string, year: number): string {
  return `${agencyName}${year}年政府信息公开工作年度报告`;
}

/** The title as one line: a line break the user typed only says where the printed title breaks (shared/report). */
export function draftTitle(draft: Pick<Draft, 'title' | 'agency' | 'year'>): string {
  return draftTitleAsTyped(draft).replace(/[ \t]*(?:\r\n?|\n|\u2028|\u2029)[ \t]*/g, '');
}

export function draftTitleAsTyped(draft: Pick<Draft, 'title' | 'agency' | 'year'>): string {
  return draft.title ?? defaultTitle(draft.agency.name, draft.year);
}

/** The draft's name in the list (重命名, 复制): its own name, else the printed title. Never printed. */
export function draftName(draft: Pick<Draft, 'name' | 'title' | 'agency' | 'year'>): string {
  return draft.name ?? draftTitle(draft);
}

/** The customary opening: basis, statistics period, where to send questions — from the profile. */
export function defaultOpening(draft: Pick<Draft, 'agency' | 'year'>): string {
  const { agency, year } = draft;
  const contacts = [
    agency.website && `网址：${agency.website}`,
    agency.address && `地址：${agency.address}`,
    agency.postcode && `邮编：${agency.postcode}`,
    agency.phone && `电话：${agency.phone}`,
    agency.fax && `传真：${agency.fax}`,
    agency.email && `电子邮箱：${agency.email}`,
  ].filter(Boolean);
  const name = agency.name || '本机关';
  const contactText = contacts.length > 0 ? `（${contacts.join('；')}）` : '';
  return (
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，` +
    `由${name}编制。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。` +
    `如对本报告有疑问，请与${name}联系${contactText}。`
  );
}

export function draftOpening(draft: Pick<Draft, 'opening' | 'agency' | 'year'>): string {
  return draft.opening ?? defaultOpening(draft);
}

/** Publishing deadline of a report for `year` (条例第四十九条): departments 1月31日, 人民政府 3月31日 of the next year. */
export function publishDeadline(draft: Pick<Draft, 'agency' | 'year'>): { year: number; month: number; day: number } {
  return draft.agency.kind === 'government'
    ? { year: draft.year + 1, month: 3, day: 31 }
    : { year: draft.year + 1, month: 1, day: 31 };
}

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DeadlineStatus {
  /** 2025年1月31日 */
  readonly date: string;
  /** Whole days from `today` to the deadline; negative once it has passed. */
  readonly days: number;
  /** 还有12天 / 今天截止 / 已过期3天 */
  readonly remaining: string;
}

const localDay = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());

/** Where `today` stands against the publishing deadline, in calendar days of the user's own time zone. */
export function deadlineStatus(draft: Pick<Draft, 'agency' | 'year'>, today: Date): DeadlineStatus {
  const due = publishDeadline(draft);
  const dueDay = Date.UTC(due.year, due.month - 1, due.day);
  const days = Math.round((dueDay - localDay(today)) / DAY_MS);
  const remaining = days > 0 ? `还有${days}天` : days === 0 ? '今天截止' : `已过期${-days}天`;
  return { date: `${due.year}年${due.month}月${due.day}日`, days, remaining };
}

/**
 * The deadline had already passed on the day the draft was made: a report of a past year, as an import of the
 * published report is by nature (or one written up afterwards for the record). An 已过期 warning would be noise there.
 * Derived from `createdAt`, so no stored field is needed to know a draft came from a published report.
 */
export function pastDeadlineWhenCreated(draft: Pick<Draft, 'agency' | 'year' | 'createdAt'>, today: Date): boolean {
  const created = new Date(draft.createdAt);
  // Made on a later day than today is a clock that moved back (or a page with a fixed clock): count days as for any
  // draft. Compared by calendar day, not by the millisecond: a batch takes its "today" before it imports the files, so
  // the drafts it makes are stamped a few milliseconds later on the same day.
  return localDay(created) <= localDay(today) && deadlineStatus(draft, created).days < 0;
}
