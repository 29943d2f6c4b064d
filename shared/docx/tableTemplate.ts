import { Document } from 'docx';
import type { CellValues, Draft } from '../model';
import { getFormat, tablesOf } from '../templates';
import type { CellDef, FormatId, TableId } from '../templates';
import { compileParts } from './package';
import { cellText, reportTable } from './tables';
import { escapeXmlText } from './text';
import { DEFAULT_STYLE, perStyle } from './style';
import type { ExportStyle } from './style';
import { stylesOf } from './typography';

/**
 * Serialising ~500 table cells through docx's object model takes most of an export (≈ 15 ms), yet a format's tables
 * never change shape. So docx writes each format's tables once, with a placeholder in every value cell, and an export
 * only puts the cell texts in. The XML is docx's own; the placeholders are private-use characters that never come
 * from a user, because table skeletons are built from the format definitions alone.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const placeholder = (index: number) => `${OPEN}${index}${CLOSE}`;

interface TableTemplate {
  /** XML around the value cells' runs: segments[i] comes before cell i's run, the last one after all runs. */
  readonly segments: readonly string[];
  /** A cell's run, split around its text: `<w:r>…<w:t xml:space="preserve">` and `</w:t></w:r>`. */
  readonly runs: readonly { readonly open: string; readonly close: string }[];
  readonly cells: readonly CellDef[];
}

function splitTable(xml: string, cells: readonly CellDef[]): TableTemplate {
  const segments: string[] = [];
  const runs: { open: string; close: string }[] = [];
  let from = 0;
  cells.forEach((_, i) => {
    const at = xml.indexOf(placeholder(i), from);
    const runStart = xml.lastIndexOf('<w:r>', at);
    const runEnd = xml.indexOf('</w:r>', at) + '</w:r>'.length;
    if (at < 0 || runStart < from || runEnd < at)
      throw new Error(`表格模板中找不到第 ${i + 1} 个单元格（docx 的输出已变化），无法导出`);
    segments.push(xml.slice(from, runStart));
    runs.push({ open: xml.slice(runStart, at), close: xml.slice(at + placeholder(i).length, runEnd) });
    from = runEnd;
  });
  segments.push(xml.slice(from));
  return { segments, runs, cells };
}

function buildTemplates(style: ExportStyle, format: FormatId): ReadonlyMap<TableId, TableTemplate> {
  const tables = tablesOf(getFormat(format));
  const skeletons = tables.map((table) => {
    const index = new Map(table.cells.map((c, i) => [c.address, i]));
    return reportTable(table, (cell) => placeholder(index.get(cell.address)!), style);
  });
  const xml = compileParts(new Document({ styles: stylesOf(style), sections: [{ children: skeletons }] })).get(
    'word/document.xml',
  ) as string;
  const result = new Map<TableId, TableTemplate>();
  let from = 0;
  for (const table of tables) {
    const start = xml.indexOf('<w:tbl>', from);
    const end = xml.indexOf('</w:tbl>', start) + '</w:tbl>'.length;
    if (start < 0 || end < start) throw new Error('表格模板生成失败（docx 的输出已变化），无法导出');
    result.set(table.id, splitTable(xml.slice(start, end), table.cells));
    from = end;
  }
  return result;
}

/** Each format's table templates, built once per style and format. */
const templatesByFormat = perStyle(() => new Map<FormatId, ReadonlyMap<TableId, TableTemplate>>());

function templatesOf(style: ExportStyle, format: FormatId): ReadonlyMap<TableId, TableTemplate> {
  const byFormat = templatesByFormat(style);
  let cached = byFormat.get(format);
  if (!cached) {
    cached = buildTemplates(style, format);
    byFormat.set(format, cached);
  }
  return cached;
}

/** The table's XML with the draft's values; an empty cell keeps an empty paragraph, as docx writes one. */
export function tableXml(
  format: FormatId,
  table: TableId,
  values: CellValues,
  units: Draft['units'],
  style: ExportStyle = DEFAULT_STYLE,
): string {
  const template = templatesOf(style, format).get(table)!;
  let xml = '';
  template.cells.forEach((cell, i) => {
    xml += template.segments[i];
    const text = cellText(cell, values, units);
    if (text !== '') xml += template.runs[i]!.open + escapeXmlText(text) + template.runs[i]!.close;
  });
  return xml + template.segments[template.cells.length];
}
