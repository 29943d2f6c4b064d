/**
 * .docx (Word or WPS): unzips only word/document.xml, within zip-bomb limits, and reads its paragraphs and tables
 * (gridSpan cells are one cell; vMerge continuation cells are left out, as HTML leaves out row-spanned cells).
 */
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { BlockBuilder } from './blockBuilder';
import { decodeText } from './decode';
import type { ReportDocument } from './document';

export const DOCX_LIMITS = {
  maxEntries: 2000,
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxDocumentXml: 50 * 1024 * 1024,
  /** Uncompressed / compressed, per entry (ordinary XML compresses 5–20×). */
  maxRatio: 200,
} as const;

export type DocxResult = { ok: true; doc: ReportDocument } | { ok: false; reason: string };

const DOCUMENT = 'word/document.xml';

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

class LimitError extends Error {}

function unzipDocumentXml(bytes: Uint8Array): { ok: true; xml: Uint8Array } | { ok: false; reason: string } {
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries++;
        total += file.originalSize;
        if (entries > DOCX_LIMITS.maxEntries) throw new LimitError(`压缩包内文件超过 ${DOCX_LIMITS.maxEntries} 个`);
        if (total > DOCX_LIMITS.maxTotalUncompressed) throw new LimitError('解压后总大小超过 200 MB');
        if (file.size > 0 && file.originalSize / file.size > DOCX_LIMITS.maxRatio) {
          throw new LimitError(`文件 ${file.name} 的压缩比异常（超过 ${DOCX_LIMITS.maxRatio} 倍）`);
        }
        if (file.name !== DOCUMENT) return false;
        if (file.originalSize > DOCX_LIMITS.maxDocumentXml) throw new LimitError('正文部分解压后超过 50 MB');
        return true;
      },
    });
  } catch (err) {
    if (err instanceof LimitError)
      return { ok: false, reason: `该 .docx 文件可能是“压缩炸弹”，已拒绝打开：${err.message}` };
    return { ok: false, reason: '该 .docx 文件已损坏或不是 Word 文档（无法解压）' };
  }
  const xml = files[DOCUMENT];
  if (!xml) return { ok: false, reason: '该文件不是 Word 文档：压缩包里没有 word/document.xml' };
  return { ok: true, xml };
}

export function docxDocument(bytes: Uint8Array): DocxResult {
  const unzipped = unzipDocumentXml(bytes);
  if (!unzipped.ok) return unzipped;
  const out = new BlockBuilder();
  let inText = false;
  // Deleted revisions and field codes are not document text.
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText') hidden++;
        if (hidden > 0) return;
        switch (name) {
          case 'w:t':
            inText = true;
            break;
          case 'w:tab':
            if (!inText) out.addText(' ');
            break;
          case 'w:tbl':
            out.openTable();
            break;
          case 'w:tr':
            out.openRow();
            break;
          case 'w:tc':
            out.openCell();
            break;
          case 'w:vMerge':
            // <w:vMerge/> or val="continue": this cell continues the one above.
            if (attrs['w:val'] !== 'restart') out.markContinuation();
            break;
        }
      },
      ontext(text) {
        if (inText && hidden === 0) out.addText(text);
      },
      onclosetag(name) {
        if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText') {
          hidden--;
          return;
        }
        if (hidden > 0) return;
        switch (name) {
          case 'w:t':
            inText = false;
            break;
          case 'w:p':
            out.para();
            break;
          case 'w:tbl':
            out.closeTable();
            break;
          case 'w:tr':
            out.closeRow();
            break;
          case 'w:tc':
            out.closeCell();
            break;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  try {
    parser.write(decodeText(unzipped.xml));
    parser.end();
  } catch {
    return { ok: false, reason: '该 .docx 文件的正文 XML 已损坏，无法读取' };
  }
  return { ok: true, doc: { blocks: out.finish(), source: 'structured' } };
}
