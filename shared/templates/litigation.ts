import type { CellDef, LayoutCell, TableDef } from './types';

const OUTCOMES = [
  { id: 'Upheld', label: '结果维持' },
  { id: 'Corrected', label: '结果纠正' },
  { id: 'Other', label: '其他结果' },
  { id: 'Pending', label: '尚未审结' },
  { id: 'Total', label: '总计' },
] as const;

const REVIEW = '行政复议';
const LAWSUIT = '行政诉讼';
const GROUPS = [
  { id: 'review', label: REVIEW, path: REVIEW },
  { id: 'direct', label: '未经复议直接起诉', path: `${LAWSUIT}·未经复议直接起诉` },
  { id: 'afterReview', label: '复议后起诉', path: `${LAWSUIT}·复议后起诉` },
] as const;

const ROW = 'cases';

export function litigationTable(): TableDef {
  const cells: CellDef[] = GROUPS.flatMap((group) =>
    OUTCOMES.map((outcome): CellDef => {
      const col = `${group.id}${outcome.id}`;
      const cell: CellDef = {
        address: `litigation.${ROW}.${col}`,
        table: 'litigation',
        row: ROW,
        col,
        kind: 'count',
        rowLabel: group.path,
        colLabel: outcome.label,
      };
      if (outcome.id !== 'Total') return cell;
      const parts = OUTCOMES.filter((o) => o.id !== 'Total').map((o) => `litigation.${ROW}.${group.id}${o.id}`);
      return { ...cell, sumOf: parts };
    }),
  );

  const outcomeLabels = (rowSpan?: number) =>
    OUTCOMES.map((o): LayoutCell => ({ type: 'label', text: o.label, ...(rowSpan ? { rowSpan } : {}) }));

  return {
    id: 'litigation',
    part: 'litigation',
    grid: [649, 649, 649, 649, 649, 649, 649, 650, 650, 650, 650, 650, 650, 650, 650],
    rows: [
      {
        header: true,
        cells: [
          { type: 'label', text: REVIEW, colSpan: 5 },
          { type: 'label', text: LAWSUIT, colSpan: 10 },
        ],
      },
      {
        header: true,
        cells: [
          ...outcomeLabels(2),
          { type: 'label', text: GROUPS[1].label, colSpan: 5 },
          { type: 'label', text: GROUPS[2].label, colSpan: 5 },
        ],
      },
      { header: true, cells: [...outcomeLabels(), ...outcomeLabels()] },
      { cells: cells.map((c): LayoutCell => ({ type: 'value', address: c.address })) },
    ],
    cells,
  };
}
