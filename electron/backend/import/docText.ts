/**
 * Word 97–2003 (.doc, as saved by Word, WPS and LibreOffice) through word-extractor, into the importer's blocks.
 * word-extractor gives the text with every cell mark and row mark turned into a tab, so rows are recovered from the
 * cells: a label after a number starts a new row, and empty cells at either end of a row's numbers are marks or
 * merged-cell continuations, not cells — an empty first or last number cell makes its row short, which the
 * importer reports as a doubt rather than shifting columns.
 */
import WordExtractor from 'word-extractor';
import type { Block, ReportDocument } from '../../../shared/import/document';
import { isBlankCell, parseNumberCell } from '../../../shared/import/normalize';

export type DocResult = { ok: true; doc: ReportDocument } | { ok: false; reason: string };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file: Word 97–2003 .doc, WPS .wps, and also Excel or PowerPoint 97–2003. */
export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

const isValue = (cell: string) => parseNumberCell(cell) !== null;

function rowsOf(cells: readonly string[]): string[][] {
  const rows: string[][] = [];
  let cur: string[] = [];
  let seenValue = false;
  for (const raw of cells) {
    const cell = raw.trim();
    const blank = isBlankCell(cell);
    if (!blank && !isValue(cell) && seenValue) {
      rows.push(cur);
      cur = [];
      seenValue = false;
    }
    if (isValue(cell)) seenValue = true;
    cur.push(cell);
  }
  rows.push(cur);
  return rows.map(trimValueEdges).filter((r) => r.some((c) => c !== ''));
}

/** Drops the empty cells around a row's numbers: the row mark, and merged cells word-extractor prints empty. */
function trimValueEdges(row: readonly string[]): string[] {
  const first = row.findIndex(isValue);
  if (first < 0) return row.filter((c) => c !== '');
  let last = row.length - 1;
  while (last > first && !isValue(row[last]!) && isBlankCell(row[last]!)) last--;
  const labels = row.slice(0, first).filter((c) => !isBlankCell(c));
  return [...labels, ...row.slice(first, last + 1).map((c) => (isBlankCell(c) ? '' : c))];
}

export function docBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const para of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (!para.includes('\t')) {
      if (para.trim()) blocks.push({ kind: 'line', text: para.trim() });
      continue;
    }
    for (const cells of rowsOf(para.split('\t'))) blocks.push({ kind: 'row', cells });
  }
  return blocks;
}

export async function docDocument(bytes: Uint8Array, ext: string): Promise<DocResult> {
  const wps = ext === 'wps';
  if (!isOleFile(bytes)) {
    return {
      ok: false,
      reason: wps
        ? '无法读取该 .wps 文件：请在 WPS 中将它另存为 .docx 后再导入'
        : '该文件的扩展名是 .doc，但内容不是 Word 97–2003 文档：请在 Word 或 WPS 中另存为 .docx 后再导入',
    };
  }
  let body: string;
  try {
    const extracted = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    body = extracted.getBody({ filterUnicode: false });
  } catch {
    return {
      ok: false,
      reason: wps
        ? '无法读取该 .wps 文件（格式不受支持或已损坏）：请在 WPS 中将它另存为 .docx 后再导入'
        : '该 .doc 文件已损坏、已加密或不是 Word 文档，无法读取：请在 Word 或 WPS 中另存为 .docx 后再导入',
    };
  }
  if (!body.trim()) return { ok: false, reason: '该 Word 文档中没有文字，无法导入' };
  return { ok: true, doc: { blocks: docBlocks(body), source: 'structured' } };
}
