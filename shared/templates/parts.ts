import type { PartDef } from './types';

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
