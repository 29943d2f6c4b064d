import type { CellDef, FormatId, LayoutCell, LayoutRow, MoneyUnit, TableDef, ValueKind } from './types';

/** Table 二 is a stack of blocks, each a caption row (第二十条第（…）项), a header row and its data rows. */
interface ActiveColumn {
  readonly id: string;
  readonly label: string;
  readonly kind: ValueKind;
  readonly unit?: MoneyUnit;
  readonly unitChoice?: readonly MoneyUnit[];
}
interface ActiveBlock {
  readonly caption: string;
  readonly rows: readonly { readonly id: string; readonly label: string }[];
  readonly columns: readonly ActiveColumn[];
}

const CONTENT_HEADER = '信息内容';

const count = (id: string, label: string): ActiveColumn => ({ id, label, kind: 'count' });

const BLOCKS_2021: readonly ActiveBlock[] = [
  {
    caption: '第二十条第（一）项',
    rows: [
      { id: 'regulations', label: '规章' },
      { id: 'normativeDocs', label: '行政规范性文件' },
    ],
    columns: [count('issued', '本年制发件数'), count('repealed', '本年废止件数'), count('inForce', '现行有效件数')],
  },
  {
    caption: '第二十条第（五）项',
    rows: [{ id: 'licensing', label: '行政许可' }],
    columns: [count('decisions', '本年处理决定数量')],
  },
  {
    caption: '第二十条第（六）项',
    rows: [
      { id: 'penalty', label: '行政处罚' },
      { id: 'coercion', label: '行政强制' },
    ],
    columns: [count('decisions', '本年处理决定数量')],
  },
  {
    caption: '第二十条第（八）项',
    rows: [{ id: 'adminFees', label: '行政事业性收费' }],
    columns: [{ id: 'amount', label: '本年收费金额（单位：万元）', kind: 'money', unit: '万元' }],
  },
];

const PREV_COUNT = count('prevCount', '上一年项目数量');
const CHANGE: ActiveColumn = { id: 'change', label: '本年增/减', kind: 'signedCount' };
const DECISIONS_2019 = count('decisions', '处理决定数量');

const BLOCKS_2019: readonly ActiveBlock[] = [
  {
    caption: '第二十条第（一）项',
    rows: [
      { id: 'regulations', label: '规章' },
      { id: 'normativeDocs', label: '规范性文件' },
    ],
    columns: [
      count('made', '本年新制作数量'),
      count('published', '本年新公开数量'),
      count('totalPublic', '对外公开总数量'),
    ],
  },
  {
    caption: '第二十条第（五）项',
    rows: [
      { id: 'licensing', label: '行政许可' },
      { id: 'otherServices', label: '其他对外管理服务事项' },
    ],
    columns: [PREV_COUNT, CHANGE, DECISIONS_2019],
  },
  {
    caption: '第二十条第（六）项',
    rows: [
      { id: 'penalty', label: '行政处罚' },
      { id: 'coercion', label: '行政强制' },
    ],
    columns: [PREV_COUNT, CHANGE, DECISIONS_2019],
  },
  {
    caption: '第二十条第（八）项',
    rows: [{ id: 'adminFees', label: '行政事业性收费' }],
    columns: [PREV_COUNT, CHANGE],
  },
  {
    caption: '第二十条第（九）项',
    rows: [{ id: 'procurement', label: '政府集中采购' }],
    columns: [
      count('projects', '采购项目数量'),
      { id: 'amount', label: '采购总金额', kind: 'money', unitChoice: ['元', '万元'] },
    ],
  },
];

/**
 * The 2021 grid is the reference template's: one label column and three equal value columns; single-value blocks
 * span all three. The 2019 blocks have three or two equally wide value columns, so its value area is six sub-columns.
 */
const LAYOUT: Record<FormatId, { blocks: readonly ActiveBlock[]; valueUnits: number; grid: readonly number[] }> = {
  '2021': { blocks: BLOCKS_2021, valueUnits: 3, grid: [2435, 2435, 2435, 2435] },
  '2019': { blocks: BLOCKS_2019, valueUnits: 6, grid: [2435, 1218, 1217, 1218, 1217, 1218, 1217] },
};

export function activeTable(format: FormatId): TableDef {
  const { blocks, valueUnits, grid } = LAYOUT[format];
  const rows: LayoutRow[] = [];
  const cells: CellDef[] = [];
  for (const block of blocks) {
    const span = valueUnits / block.columns.length;
    const spanOf = (n: number) => (n === 1 ? undefined : n);
    rows.push({ cells: [{ type: 'label', text: block.caption, colSpan: valueUnits + 1, caption: true }] });
    rows.push({
      cells: [
        { type: 'label', text: CONTENT_HEADER },
        ...block.columns.map((c): LayoutCell => ({ type: 'label', text: c.label, colSpan: spanOf(span) })),
      ],
    });
    for (const row of block.rows) {
      const rowCells = block.columns.map((c): CellDef => {
        const cell: CellDef = {
          address: `active.${row.id}.${c.id}`,
          table: 'active',
          row: row.id,
          col: c.id,
          kind: c.kind,
          rowLabel: row.label,
          colLabel: c.label,
          ...(c.unit ? { unit: c.unit } : {}),
          ...(c.unitChoice ? { unitChoice: c.unitChoice } : {}),
        };
        return cell;
      });
      cells.push(...rowCells);
      rows.push({
        cells: [
          { type: 'label', text: row.label },
          ...rowCells.map((c): LayoutCell => ({ type: 'value', address: c.address, colSpan: spanOf(span) })),
        ],
      });
    }
  }
  return { id: 'active', part: 'active', grid, rows, cells };
}
