/**
 * The rule panel's order: findings grouped by the part they belong to, in the report's order (标题与引言, 一…六, then
 * what belongs to the report as a whole, such as the deadline), errors first within a group.
 */
import type { Finding, RuleId, Severity } from '../../../shared/rules';
import { PARTS, TABLE_NAMES } from '../../../shared/templates';
import type { TableId } from '../../../shared/templates';
import { partOf } from './findings';
import type { NavTarget } from './findings';

export type GroupId = NavTarget | 'whole';

export interface FindingGroup {
  readonly id: GroupId;
  readonly label: string;
  readonly findings: readonly Finding[];
}

const GROUP_ORDER: readonly GroupId[] = ['front', ...PARTS.map((p) => p.id), 'whole'];

const groupLabel = (id: GroupId): string =>
  id === 'front' ? '标题与引言' : id === 'whole' ? '全文' : PARTS.find((p) => p.id === id)!.heading;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Non-empty groups in report order; within each, errors, then warnings, then notes, each in the rules' order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byGroup = new Map<GroupId, Finding[]>();
  for (const f of findings) {
    const id: GroupId = partOf(f) ?? 'whole';
    const list = byGroup.get(id) ?? [];
    list.push(f);
    byGroup.set(id, list);
  }
  return GROUP_ORDER.flatMap((id) => {
    const list = byGroup.get(id);
    if (!list) return [];
    // Array.prototype.sort is stable: the rules' order stays within a severity.
    return [{ id, label: groupLabel(id), findings: [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]) }];
  });
}

/** 表二/表三/表四: the table a finding's cells are in (the first that is a table's), or null for none. */
export function findingTable(f: Finding): string | null {
  for (const address of f.cells) {
    const name = TABLE_NAMES[address.split('.')[0] as TableId] as string | undefined;
    if (name) return name;
  }
  return null;
}

/** What kind of finding it is, in two to six characters, shown before its message. */
export const RULE_LABELS: Readonly<Record<RuleId, string>> = {
  'applications.balance': '勾稽关系',
  'value.invalid': '数值有误',
  'value.empty': '未填写',
  'crossYear.carriedOver': '与上年衔接',
  'crossYear.inForce': '与上年衔接',
  'crossYear.prevCount': '与上年衔接',
  'crossYear.jump': '与上年差异大',
  'parts.missing': '缺少内容',
  'export.signatureDate': '落款',
  'parts.content': '内容',
  'text.numbers': '与表格不符',
  'text.staleYear': '年份',
  'text.unchanged': '沿用上年',
  'title.pattern': '标题',
  deadline: '公开期限',
};
