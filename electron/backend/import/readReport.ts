/**
 * The one place a published report's bytes are sent to their reader: PDF and Word 97–2003 (.doc, .wps) are read
 * here in Node (pdfjs, word-extractor) into the importer's blocks; text, web pages and .docx go to the pure core.
 */
import { importDocument, importReport, MAX_IMPORT_BYTES } from '../../../shared/import';
import type { ImportInput, ImportOptions, ImportOutcome } from '../../../shared/import';
import { docDocument, isOleFile } from './docText';
import { pdfDocument } from './pdfText';
import type { PdfReadOptions } from './pdfText';

const isPdf = (bytes: Uint8Array) =>
  bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;

export async function importReportFile(
  input: ImportInput,
  options: ImportOptions & PdfReadOptions,
): Promise<ImportOutcome> {
  const { bytes } = input;
  const ext = /\.([a-z0-9]+)$/i.exec(input.fileName)?.[1]?.toLowerCase() ?? '';
  const pdf = ext === 'pdf' || isPdf(bytes);
  const word = !pdf && (ext === 'doc' || ext === 'wps' || isOleFile(bytes));
  if (!pdf && !word) return importReport(input, options);
  if (bytes.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      reason: `文件超过 20 MB（${(bytes.length / 1024 / 1024).toFixed(1)} MB），不像年度报告，已拒绝导入`,
    };
  }
  if (bytes.length === 0) return { ok: false, reason: '文件是空的，没有可导入的内容' };
  if (pdf && !isPdf(bytes)) return { ok: false, reason: '该文件的扩展名是 .pdf，但内容不是 PDF 文件' };
  const read = pdf ? await pdfDocument(bytes, options) : await docDocument(bytes, ext);
  if (!read.ok) return read;
  return importDocument(read.doc, options);
}
