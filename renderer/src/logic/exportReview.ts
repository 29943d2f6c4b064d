/** What the export dialog puts before the user: the open errors and warnings by part, and the headings left out. */
import type { Draft } from '../../../shared/model';
import { omittedHeadings } from '../../../shared/report';
import type { OmittedHeading } from '../../../shared/report';
import { splitConfirmed } from '../../../shared/rules';
import type { Finding } from '../../../shared/rules';
import { getFormat } from '../../../shared/templates';
import { partOf } from './findings';
import type { NavTarget } from './findings';
import { navItems } from './partNav';

export interface ReviewGroup {
  /** null: findings tied to no part (the deadline, the signature date). */
  readonly part: NavTarget | null;
  readonly label: string;
  readonly findings: readonly Finding[];
}

export interface ExportReview {
  /** In the editor's part order; errors before warnings inside a part. */
  readonly groups: readonly ReviewGroup[];
  readonly errors: number;
  readonly warnings: number;
  /** Sub-section headings the export leaves out (no text under them). */
  readonly omitted: readonly OmittedHeading[];
}

/**
 * Notes (说明) are left out: they ask nothing of the user before export. Warnings and notes marked 已核实 are left
 * out too — the user already said why they stand.
 */
export function exportReview(draft: Draft, findings: readonly Finding[]): ExportReview {
  const open = splitConfirmed(findings, draft.confirmations).open.filter((f) => f.severity !== 'info');
  const groups: ReviewGroup[] = [];
  const items = [...navItems(getFormat(draft.format)), { id: null, label: '其他' }];
  const known = new Set<NavTarget | null>(items.map((i) => i.id));
  const groupOf = (f: Finding) => {
    const part = partOf(f);
    return known.has(part) ? part : null;
  };
  for (const item of items) {
    const inPart = open.filter((f) => groupOf(f) === item.id);
    if (inPart.length === 0) continue;
    const ordered = [...inPart.filter((f) => f.severity === 'error'), ...inPart.filter((f) => f.severity !== 'error')];
    groups.push({ part: item.id, label: item.label, findings: ordered });
  }
  return {
    groups,
    errors: open.filter((f) => f.severity === 'error').length,
    warnings: open.filter((f) => f.severity === 'warning').length,
    omitted: omittedHeadings(draft),
  };
}

/** Whether 导出 .docx asks first: anything open, a refused input, or a heading that will not be printed. */
export const needsReview = (review: ExportReview, refusedCount: number): boolean =>
  review.groups.length > 0 || review.omitted.length > 0 || refusedCount > 0;
