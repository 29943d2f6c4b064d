import { cellText } from '../report';
import type { ReportContent } from '../report';
import type { CellDef, LayoutCell, LayoutRow, TableDef } from '../templates';
import { escapeHtml, htmlLine } from './escape';

/** The light fill of the 第二十条 caption rows, as in the .docx (shared/docx/tables.ts). */
const CAPTION_FILL = '#C6D9F1';

function spans(cell: LayoutCell): string {
  const col = cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '';
  const row = cell.type === 'label' && cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '';
  return col + row;
}

function cellHtml(
  cell: LayoutCell,
  header: boolean,
  defs: ReadonlyMap<string, CellDef>,
  content: ReportContent,
): string {
  if (cell.type === 'value') {
    const def = defs.get(cell.address);
    const text = def ? cellText(def, content.values, content.units) : '';
    return `<td${spans(cell)}>${escapeHtml(text)}</td>`;
  }
  const styles = [
    ...(cell.caption || cell.align === 'left' ? ['text-align:left'] : []),
    ...(cell.caption ? [`background:${CAPTION_FILL}`] : []),
  ];
  const style = styles.length > 0 ? ` style="${styles.join(';')}"` : '';
  const tag = header ? 'th' : 'td';
  return `<${tag}${spans(cell)}${style}>${htmlLine(cell.text)}</${tag}>`;
}

const rowHtml = (row: LayoutRow, defs: ReadonlyMap<string, CellDef>, content: ReportContent) =>
  `<tr>${row.cells.map((c) => cellHtml(c, row.header ?? false, defs, content)).join('')}</tr>\n`;

/**
 * One official table straight from its layout (shared/templates): the layout is already HTML-shaped — a spanning
 * cell appears once, in its first row — so rowspan/colspan are the definition's own. Header rows go in <thead>.
 * Borders are attributes and the few styles inline, so the table keeps its look when only the body is pasted.
 */
export function tableHtml(table: TableDef, content: ReportContent): string {
  const defs = new Map(table.cells.map((c) => [c.address, c]));
  // Only the leading header rows can form the <thead>; the rows keep their order either way.
  const leading = table.rows.findIndex((r) => !r.header);
  const head = leading < 0 ? table.rows : table.rows.slice(0, leading);
  const body = leading < 0 ? [] : table.rows.slice(leading);
  return (
    `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%;text-align:center">\n` +
    (head.length > 0 ? `<thead>\n${head.map((r) => rowHtml(r, defs, content)).join('')}</thead>\n` : '') +
    `<tbody>\n${body.map((r) => rowHtml(r, defs, content)).join('')}</tbody>\n</table>\n`
  );
}
