import type { CellDef, FormatId, LayoutCell, LayoutRow, TableDef } from './types';

export const BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七'];

/** Applicant columns in printed order; the six entered ones, then the derived 总计. */
export const APPLICANT_COLUMNS = [
  { id: 'natural', label: '自然人' },
  { id: 'business', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'nonprofit', label: '社会公益组织' },
  { id: 'legalService', label: '法律服务机构' },
  { id: 'otherOrg', label: '其他' },
  { id: 'total', label: '总计' },
] as const;
export const ENTERED_APPLICANT_COLUMNS = APPLICANT_COLUMNS.slice(0, 6);
const ORG_COLUMNS = APPLICANT_COLUMNS.slice(1, 6);
/** The header over the five organisation columns. */
export const ORG_GROUP_LABEL = '法人或其他组织';
export const ORG_COLUMN_IDS: readonly string[] = ORG_COLUMNS.map((c) => c.id);

/** Where a row sits: the 勾稽关系 names 第一项 … 第四项 by these. */
export type ApplicationsSection = 'new' | 'carriedOver' | 'results' | 'total' | 'carryForward';

interface ApplicationsRow {
  readonly id: string;
  readonly label: string;
  readonly section: ApplicationsSection;
  /** （三）不予公开 etc.: a label spanning several rows in the second column; no printed subtotal. */
  readonly group?: string;
}

const DENIED = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const REJECTED = '（五）不予处理';
const OTHER_HANDLING = '（六）其他处理';

const RESULT_ROWS_COMMON: readonly ApplicationsRow[] = [
  { id: 'granted', label: '（一）予以公开', section: 'results' },
  { id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', section: 'results' },
  { id: 'deniedStateSecret', label: '1.属于国家秘密', section: 'results', group: DENIED },
  { id: 'deniedByLaw', label: '2.其他法律行政法规禁止公开', section: 'results', group: DENIED },
  { id: 'deniedSafety', label: '3.危及“三安全一稳定”', section: 'results', group: DENIED },
  { id: 'deniedThirdParty', label: '4.保护第三方合法权益', section: 'results', group: DENIED },
  { id: 'deniedInternal', label: '5.属于三类内部事务信息', section: 'results', group: DENIED },
  { id: 'deniedProcess', label: '6.属于四类过程性信息', section: 'results', group: DENIED },
  { id: 'deniedEnforcement', label: '7.属于行政执法案卷', section: 'results', group: DENIED },
  { id: 'deniedInquiry', label: '8.属于行政查询事项', section: 'results', group: DENIED },
  { id: 'unavailableNotHeld', label: '1.本机关不掌握相关政府信息', section: 'results', group: UNAVAILABLE },
  { id: 'unavailableNeedsCreation', label: '2.没有现成信息需要另行制作', section: 'results', group: UNAVAILABLE },
  { id: 'unavailableUnclear', label: '3.补正后申请内容仍不明确', section: 'results', group: UNAVAILABLE },
  { id: 'rejectedPetition', label: '1.信访举报投诉类申请', section: 'results', group: REJECTED },
  { id: 'rejectedRepeat', label: '2.重复申请', section: 'results', group: REJECTED },
  { id: 'rejectedPublication', label: '3.要求提供公开出版物', section: 'results', group: REJECTED },
  { id: 'rejectedExcessive', label: '4.无正当理由大量反复申请', section: 'results', group: REJECTED },
  { id: 'rejectedConfirmation', label: '5.要求行政机关确认或重新出具已获取信息', section: 'results', group: REJECTED },
];

const OTHER_HANDLING_ROWS: Record<FormatId, readonly ApplicationsRow[]> = {
  '2019': [{ id: 'otherHandling', label: OTHER_HANDLING, section: 'results' }],
  '2021': [
    {
      id: 'otherNoCorrection',
      label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      section: 'results',
      group: OTHER_HANDLING,
    },
    {
      id: 'otherFeeUnpaid',
      label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      section: 'results',
      group: OTHER_HANDLING,
    },
    { id: 'otherMisc', label: '3.其他', section: 'results', group: OTHER_HANDLING },
  ],
};

const RESULTS_LABEL = '三、本年度办理结果';

export function applicationsRows(format: FormatId): readonly ApplicationsRow[] {
  return [
    { id: 'new', label: '一、本年新收政府信息公开申请数量', section: 'new' },
    { id: 'carriedOver', label: '二、上年结转政府信息公开申请数量', section: 'carriedOver' },
    ...RESULT_ROWS_COMMON,
    ...OTHER_HANDLING_ROWS[format],
    { id: 'total', label: '（七）总计', section: 'total' },
    { id: 'carryForward', label: '四、结转下年度继续办理', section: 'carryForward' },
  ];
}

const address = (row: string, col: string) => `applications.${row}.${col}`;

export function applicationsTable(format: FormatId): TableDef {
  const rows = applicationsRows(format);
  const resultRows = rows.filter((r) => r.section === 'results');
  const resultsSpan = resultRows.length + 1; // + （七）总计

  const layout: LayoutRow[] = [
    {
      header: true,
      cells: [
        { type: 'label', text: BALANCE_NOTE, rowSpan: 3, colSpan: 3, align: 'left' },
        { type: 'label', text: '申请人情况', colSpan: 7 },
      ],
    },
    {
      header: true,
      cells: [
        { type: 'label', text: APPLICANT_COLUMNS[0].label, rowSpan: 2 },
        { type: 'label', text: ORG_GROUP_LABEL, colSpan: ORG_COLUMNS.length },
        { type: 'label', text: APPLICANT_COLUMNS[6].label, rowSpan: 2 },
      ],
    },
    { header: true, cells: ORG_COLUMNS.map((c): LayoutCell => ({ type: 'label', text: c.label })) },
  ];

  const cells: CellDef[] = [];
  const seenGroups = new Set<string>();
  for (const row of rows) {
    const labelCells: LayoutCell[] = [];
    if (row.section === 'results' && row === resultRows[0]) {
      labelCells.push({ type: 'label', text: RESULTS_LABEL, rowSpan: resultsSpan, align: 'left' });
    }
    if (row.group) {
      if (!seenGroups.has(row.group)) {
        seenGroups.add(row.group);
        const size = rows.filter((r) => r.group === row.group).length;
        labelCells.push({ type: 'label', text: row.group, rowSpan: size, align: 'left' });
      }
      labelCells.push({ type: 'label', text: row.label, align: 'left' });
    } else {
      const colSpan = row.section === 'results' || row.section === 'total' ? 2 : 3;
      labelCells.push({ type: 'label', text: row.label, colSpan, align: 'left' });
    }

    const rowLabel = row.group ? `${row.group}${row.label}` : row.label;
    const rowCells = APPLICANT_COLUMNS.map((col, index): CellDef => {
      const colLabel = `第${CHINESE_ORDINALS[index]}列（${col.label}）`;
      const base = { address: address(row.id, col.id), table: 'applications', row: row.id, col: col.id } as const;
      if (col.id === 'total') {
        return {
          ...base,
          kind: 'count',
          rowLabel,
          colLabel,
          sumOf: ENTERED_APPLICANT_COLUMNS.map((c) => address(row.id, c.id)),
        };
      }
      if (row.section === 'total') {
        return { ...base, kind: 'count', rowLabel, colLabel, sumOf: resultRows.map((r) => address(r.id, col.id)) };
      }
      return { ...base, kind: 'count', rowLabel, colLabel };
    });
    cells.push(...rowCells);
    layout.push({
      cells: [...labelCells, ...rowCells.map((c): LayoutCell => ({ type: 'value', address: c.address }))],
    });
  }

  return {
    id: 'applications',
    part: 'applications',
    grid: [754, 921, 3271, 685, 685, 685, 685, 685, 685, 685],
    rows: layout,
    cells,
  };
}
