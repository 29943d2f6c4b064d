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
import type { Draft } from '../model';
import { formatCellValue } from '../model';
import type { CellValues } from '../model';
import type { CellDef, LayoutCell, LayoutRow, TableDef } from '../templates';
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

/** What a value cell prints: blank when empty; a money cell with a unit choice carries its unit ("8590元"). */
export function cellText(cell: CellDef, values: CellValues, units: Draft['units']): string {
  const value = values.get(cell.address) ?? null;
  const text = formatCellValue(value);
  if (text === '' || !cell.unitChoice) return text;
  return `${text}${units[cell.address] ?? cell.unitChoice[0]}`;
}

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
 */
function rowCells(rows: readonly LayoutRow[], make: (cell: LayoutCell) => TableCell): TableCell[][] {
  const open: { col: number; colSpan: number; rowsLeft: number }[] = [];
  return rows.map((row) => {
    const cells: TableCell[] = [];
    let col = 0;
    let next = 0;
    for (;;) {
      const merged = open.find((m) => m.col === col && m.rowsLeft > 0);
      if (merged) {
        cells.push(continuationCell(merged.colSpan));
        merged.rowsLeft -= 1;
        col += merged.colSpan;
        continue;
      }
      const cell = row.cells[next++];
      if (!cell) break;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === 'label' ? (cell.rowSpan ?? 1) : 1;
      // It covers the cells at these columns in the next rowSpan − 1 rows.
      if (rowSpan > 1) open.push({ col, colSpan, rowsLeft: rowSpan - 1 });
      cells.push(make(cell));
      col += colSpan;
    }
    return cells;
  });
}

const isCaption = (row: LayoutRow | undefined) => row?.cells.some((c) => c.type === 'label' && c.caption) ?? false;

/**
 * One of the official tables, from its definition: the grid, merges, labels and caption fill all come from
 * shared/templates. Header rows repeat on each page and no row splits.
 *
 * Rows that belong together keep with the next one (Word and LibreOffice 7.4 both honour keep-with-next on table
 * rows). Table 二 is a stack of captioned blocks: each block stays on one page and the table may break between
 * blocks. Tables 三 and 四 fit on one page, and table 三's first column is one label merged over 20 rows
 * (三、本年度办理结果) that a page break would cut in two: so every row keeps with the next, and a table that would
 * not fit where it starts moves whole to the next page, its heading with it (headings keep with the next paragraph).
 */
export function reportTable(table: TableDef, textOf: CellTextOf, style: ExportStyle = DEFAULT_STYLE): Table {
  const { textWidth } = metricsOf(style);
  const defs = new Map(table.cells.map((c) => [c.address, c]));
  const columnWidths = scaledGrid(table.grid, textWidth);
  const margin = Math.min(...columnWidths) < NARROW_COLUMN ? NARROW_CELL_MARGIN : CELL_MARGIN;
  const blocks = table.rows.some((r) => isCaption(r));
  const cells = rowCells(table.rows, (cell) => layoutCell(cell, defs, textOf));
  const rows = table.rows.map((row, i) => {
    const leadsIn = blocks ? !isCaption(table.rows[i + 1]) : true;
    return new TableRow({
      tableHeader: row.header ?? false,
      cantSplit: true,
      keepNext: leadsIn && i < table.rows.length - 1,
      height: { value: ROW_MIN_HEIGHT, rule: HeightRule.ATLEAST },
      children: cells[i]!,
    });
  });
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
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
