import type { DraftSummary } from '../../../shared/api/contract';

/** The home screen's order: the drafts by report year, newest year first, and in a year the last updated first. */
export function draftsByYear(drafts: readonly DraftSummary[]): (readonly [number, DraftSummary[]])[] {
  const byYear = new Map<number, DraftSummary[]>();
  for (const d of drafts) {
    const list = byYear.get(d.year);
    if (list) list.push(d);
    else byYear.set(d.year, [d]);
  }
  return [...byYear.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([year, list]) => [year, list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))] as const);
}

/**
 * Drafts that 新建 for `year` would duplicate: the same report year of the same agency (damaged ones are not counted:
 * they cannot be opened), last updated first.
 */
export function sameYearDrafts(drafts: readonly DraftSummary[], year: number, agency: string): DraftSummary[] {
  return drafts
    .filter((d) => !d.damaged && d.year === year && d.agency === agency)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
