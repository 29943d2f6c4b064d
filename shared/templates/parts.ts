import type { NarrativePartId, PartDef, PartId, TableId } from './types';

/** The five sub-headings the format says 总体情况 "主要包括". */
export const OVERVIEW_SUBHEADINGS = [
  '（一）主动公开',
  '（二）依申请公开',
  '（三）政府信息管理',
  '（四）政府信息公开平台建设',
  '（五）监督保障',
] as const;

/** The six parts, identical in both formats. */
export const PARTS: readonly PartDef[] = [
  { id: 'overview', heading: '一、总体情况', kind: 'narrative', standardSubheadings: OVERVIEW_SUBHEADINGS },
  { id: 'active', heading: '二、主动公开政府信息情况', kind: 'table', standardSubheadings: [] },
  { id: 'applications', heading: '三、收到和处理政府信息公开申请情况', kind: 'table', standardSubheadings: [] },
  { id: 'litigation', heading: '四、政府信息公开行政复议、行政诉讼情况', kind: 'table', standardSubheadings: [] },
  { id: 'problems', heading: '五、存在的主要问题及改进情况', kind: 'narrative', standardSubheadings: [] },
  { id: 'other', heading: '六、其他需要报告的事项', kind: 'narrative', standardSubheadings: [] },
];

/** The narrative parts (一、五、六), in the format's order. */
export const NARRATIVE_PART_IDS = PARTS.filter((p) => p.kind === 'narrative').map((p) => p.id as NarrativePartId);

/** True for the parts written as headed paragraphs (一、五、六). */
export const isNarrativePart = (id: PartId): id is NarrativePartId =>
  (NARRATIVE_PART_IDS as readonly PartId[]).includes(id);

/** The table parts (二、三、四), in the format's order; a table's id is its part's. */
export const TABLE_IDS = PARTS.filter((p) => p.kind === 'table').map((p) => p.id as TableId);

const BY_ID = new Map(PARTS.map((p) => [p.id, p]));

/** The official heading of a part, e.g. 二、主动公开政府信息情况. */
export const partHeading = (id: PartId): string => BY_ID.get(id)!.heading;

/** 表二, 表三, 表四: how messages name a table, by its part's ordinal. */
export const TABLE_NAMES: Readonly<Record<TableId, string>> = Object.fromEntries(
  TABLE_IDS.map((id) => [id, `表${partHeading(id).slice(0, partHeading(id).indexOf('、'))}`]),
) as Record<TableId, string>;
