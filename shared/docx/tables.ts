import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { labelColumnCount, placeLayout } from '../templates';
import type { CellDef, LayoutCell, LayoutRow, TableDef } from '../templates';
import { keepsWithNext } from '../report/tableFlow';
import { xmlSafeLine } from './text';
import { DEFAULT_STYLE, metricsOf } from './style';
import type { ExportStyle } from './style';
import { STYLE } from './typography';

/** The light fill of the 第二十条 caption rows in the reference template. */
export const CAPTION_FILL = 'C6D9F1';
/** 0.5 pt single borders (eighths of a point). */
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const ROW_MIN_HEIGHT = 340;
/** Cell padding as in the reference (57 twips ≈ 1 mm); table 四's 15 columns need less to fit five digits. */
const CELL_MARGIN = 57;
const NARROW_CELL_MARGIN = 28;
const NARROW_COLUMN = 700;

/** The grid scaled to the text block's width, in whole twips that add up exactly (largest remainder). */
export function scaledGrid(grid: readonly number[], width: number): number[] {
  const total = grid.reduce((a, b) => a + b, 0);
  const exact = grid.map((w) => (w * width) / total);
  const widths = exact.map(Math.floor);
  let missing = width - widths.reduce((a, b) => a + b, 0);
  const order = exact.map((w, i) => [w - Math.floor(w), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (missing <= 0) break;
    widths[i]! += 1;
    missing -= 1;
  }
  return widths;
}

/** Five digits of 五号 Times New Roman (5 × 105 twips) between narrow cell margins. */
const MIN_VALUE_COLUMN = 5 * 105 + 2 * NARROW_CELL_MARGIN;

/**
 * Column widths: the label columns keep the template's own widths (table.grid is the template's twips), so labels
 * wrap as they do there — 三、本年度办理结果 on three lines, 其他对外管理服务事项 on one. The value columns share
 * the rest of the text width; should that leave a value column narrower than five digits, the label columns give
 * up the difference in proportion. A table without a label column (四) is the template's grid scaled to the width.
 */
export function columnWidths(table: TableDef, width: number): number[] {
  const labels = labelColumnCount(table);
  if (labels === 0 || labels >= table.grid.length) return scaledGrid(table.grid, width);
  const labelGrid = table.grid.slice(0, labels);
  const valueGrid = table.grid.slice(labels);
  const labelWidth = Math.min(
    labelGrid.reduce((a, b) => a + b, 0),
    width - valueGrid.length * MIN_VALUE_COLUMN,
  );
  return [...scaledGrid(labelGrid, labelWidth), ...scaledGrid(valueGrid, width - labelWidth)];
}

export { cellText } from '../report';

function cellParagraph(text: string, alignment: 'left' | 'center'): Paragraph {
  return new Paragraph({
    style: STYLE.table,
    alignment: alignment === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    children: text === '' ? [] : [new TextRun(text)],
  });
}

/** What each value cell prints; the export fills in placeholders (see tableTemplate.ts). */
export type CellTextOf = (cell: CellDef) => string;

function layoutCell(cell: LayoutCell, defs: ReadonlyMap<string, CellDef>, textOf: CellTextOf): TableCell {
  const common = {
    verticalAlign: VerticalAlignTable.CENTER,
    ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
  };
  if (cell.type === 'value') {
    const def = defs.get(cell.address);
    const text = def ? textOf(def) : '';
    return new TableCell({ ...common, children: [cellParagraph(text, 'center')] });
  }
  // The reference sets its caption rows flush left; long row labels sit left, headers are centred.
  const alignment = cell.caption || cell.align === 'left' ? 'left' : 'center';
  return new TableCell({
    ...common,
    ...(cell.rowSpan && cell.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    ...(cell.caption ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: CAPTION_FILL } } : {}),
    children: [cellParagraph(xmlSafeLine(cell.text), alignment)],
  });
}

/** The cell a merge covers in a row below its start; its paragraph is table text too, so it never sets the row height. */
const continuationCell = (colSpan: number) =>
  new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    verticalMerge: VerticalMergeType.CONTINUE,
    ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
    children: [cellParagraph('', 'center')],
  });

/**
 * The layout lists a spanning cell once, in its first row (HTML-style); Word wants a cell in every row it covers.
 * We write those continuation cells ourselves rather than through docx's rowSpan, so they carry the table style.
 * Where each cell stands in the grid comes from shared/templates (placeLayout), as for the column widths.
 */
function rowCells(rows: readonly LayoutRow[], make: (cell: LayoutCell) => TableCell): TableCell[][] {
  const placed = placeLayout(rows);
  const continued: { col: number; colSpan: number }[][] = rows.map(() => []);
  placed.forEach((row, r) => {
    for (const { cell, col } of row) {
      const rowSpan = cell.type === 'label' ? (cell.rowSpan ?? 1) : 1;
      for (let k = 1; k < rowSpan; k++) continued[r + k]?.push({ col, colSpan: cell.colSpan ?? 1 });
    }
  });
  return placed.map((row, r) =>
    [
      ...row.map(({ cell, col }) => ({ col, build: () => make(cell) })),
      ...continued[r]!.map(({ col, colSpan }) => ({ col, build: () => continuationCell(colSpan) })),
    ]
      .sort((a, b) => a.col - b.col)
      .map((c) => c.build()),
  );
}

/**
 * One of the official tables, from its definition: the grid, merges, labels and caption fill all come from
 * shared/templates. Header rows repeat on each page and no row splits.
 */
export function reportTable(table: TableDef, textOf: CellTextOf, style: ExportStyle = DEFAULT_STYLE): Table {
  const { textWidth } = metricsOf(style);
  const defs = new Map(table.cells.map((c) => [c.address, c]));
  const widths = columnWidths(table, textWidth);
  const margin = Math.min(...widths) < NARROW_COLUMN ? NARROW_CELL_MARGIN : CELL_MARGIN;
  const cells = rowCells(table.rows, (cell) => layoutCell(cell, defs, textOf));
  const rows = table.rows.map(
    (row, i) =>
      new TableRow({
        tableHeader: row.header ?? false,
        cantSplit: true,
        keepNext: keepsWithNext(table, i),
        height: { value: ROW_MIN_HEIGHT, rule: HeightRule.ATLEAST },
        children: cells[i]!,
      }),
  );
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    margins: { left: margin, right: margin, top: 0, bottom: 0, marginUnitType: WidthType.DXA },
  });
}
