/**
 * Writes result sheets as .xlsx (exceljs: frozen header row, fitted column widths, numbers as numbers — opens in
 * Excel, WPS and LibreOffice) or as .csv (UTF-8 with BOM so Excel reads the Chinese; one file per sheet, the first
 * under the name given, the others beside it as `<name>.<sheet>.csv`). Written atomically.
 */
import path from 'node:path';
import type { Sheet, SheetValue } from '../../../shared/batch';
import { writeFileAtomic } from '../atomicWrite';

export type SheetFormat = 'xlsx' | 'csv';

export function sheetFormatOf(file: string): SheetFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : null;
}

/** Display width in Excel's character units: CJK and full-width characters take two. */
function textWidth(value: SheetValue): number {
  if (value === null) return 0;
  let w = 0;
  for (const ch of String(value))
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return w;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function columnWidths(sheet: Sheet): number[] {
  return sheet.headers.map((h, c) => {
    let w = textWidth(h);
    for (const row of sheet.rows) w = Math.max(w, textWidth(row[c] ?? null));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
}

export async function xlsxBytes(sheets: readonly Sheet[]): Promise<Uint8Array> {
  // exceljs takes a second to load: only the commands that write a workbook pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = '年报编制助手';
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = columnWidths(sheet);
    ws.columns = sheet.headers.map((header, c) => ({ header, width: widths[c]! }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((v) => (v === null ? null : v)));
    const wrapFrom = MAX_WIDTH;
    widths.forEach((w, c) => {
      if (w >= wrapFrom) ws.getColumn(c + 1).alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function csvField(value: SheetValue): string {
  if (value === null) return '';
  // A text starting like a formula would be run by Excel as one (CSV injection): make it plain text.
  const text = typeof value === 'string' && /^[=+@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(sheet: Sheet): string {
  const lines = [sheet.headers, ...sheet.rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The files a `.csv` target becomes: the first sheet under the name given, the others beside it. */
export function csvTargets(file: string, sheets: readonly Sheet[]): string[] {
  const base = file.replace(/\.csv$/i, '');
  return sheets.map((s, i) => (i === 0 ? file : `${base}.${s.name}.csv`));
}

export async function writeSheets(file: string, sheets: readonly Sheet[]): Promise<string[]> {
  if (sheetFormatOf(file) === 'csv') {
    const targets = csvTargets(file, sheets);
    for (const [i, sheet] of sheets.entries()) await writeFileAtomic(targets[i]!, csvText(sheet));
    return targets;
  }
  await writeFileAtomic(file, await xlsxBytes(sheets));
  return [file];
}
