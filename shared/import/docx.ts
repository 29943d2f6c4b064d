/**
 * .docx (Word or WPS): unzips only word/document.xml, within zip-bomb limits, and reads its paragraphs and tables
 * (gridSpan cells are one cell; vMerge continuation cells are left out, as HTML leaves out row-spanned cells).
 */
import { Unzip, UnzipInflate } from 'fflate';
import type { UnzipFile } from 'fflate';
import { Parser } from 'htmlparser2';
import { BlockBuilder } from './blockBuilder';
import { decodeText } from './decode';
import type { ReportDocument } from './document';
import { IMPORT_LIMITS, ImportLimitError, NestingGuard } from './limits';

export const DOCX_LIMITS = {
  /** Entries met in the archive before word/document.xml is read. */
  maxEntries: 2000,
  /** Bytes inflated from word/document.xml, counted while inflating (a report's is under 2 MB). */
  maxDocumentXml: 4 * 1024 * 1024,
  /** Declared uncompressed / compressed size, per entry (ordinary XML compresses 5–20×): refused before inflating. */
  maxRatio: 200,
} as const;

export type DocxResult = { ok: true; doc: ReportDocument } | { ok: false; reason: string };

const DOCUMENT = 'word/document.xml';
/** Compressed bytes fed to the inflater at a time: one push inflates to at most ~1000× this. */
const CHUNK = 16 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

class LimitError extends Error {}

const xmlTooBig = () =>
  new LimitError(
    `正文部分（word/document.xml）解压后超过 ${DOCX_LIMITS.maxDocumentXml / 1024 / 1024} MB，年度报告的正文通常不到 2 MB`,
  );

/**
 * Streams the archive through fflate's `Unzip`, inflating only word/document.xml and counting its bytes as they come
 * out: a header that lies about sizes cannot make it inflate more than the limit.
 */
function unzipDocumentXml(bytes: Uint8Array): { ok: true; xml: Uint8Array } | { ok: false; reason: string } {
  let entries = 0;
  let found = false;
  let done = false;
  let size = 0;
  const pieces: Uint8Array[] = [];
  const read = (file: UnzipFile) => {
    entries++;
    if (entries > DOCX_LIMITS.maxEntries) throw new LimitError(`压缩包内文件超过 ${DOCX_LIMITS.maxEntries} 个`);
    if (file.size && file.originalSize && file.originalSize / file.size > DOCX_LIMITS.maxRatio) {
      throw new LimitError(`文件 ${file.name} 的压缩比异常（超过 ${DOCX_LIMITS.maxRatio} 倍）`);
    }
    if (file.name !== DOCUMENT || found) return;
    found = true;
    if ((file.originalSize ?? 0) > DOCX_LIMITS.maxDocumentXml) throw xmlTooBig();
    file.ondata = (err, data, final) => {
      if (err) throw err;
      size += data.length;
      if (size > DOCX_LIMITS.maxDocumentXml) throw xmlTooBig();
      pieces.push(data);
      if (final) done = true;
    };
    file.start();
  };
  try {
    const unzip = new Unzip(read);
    unzip.register(UnzipInflate);
    for (let at = 0; at < bytes.length && !done; at += CHUNK) {
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
    }
  } catch (err) {
    if (err instanceof LimitError)
      return { ok: false, reason: `该 .docx 文件可能是“压缩炸弹”，已拒绝打开：${err.message}` };
    return { ok: false, reason: '该 .docx 文件已损坏或不是 Word 文档（无法解压）' };
  }
  if (!found) return { ok: false, reason: '该文件不是 Word 文档：压缩包里没有 word/document.xml' };
  if (!done) return { ok: false, reason: '该 .docx 文件已损坏或不是 Word 文档（无法解压）' };
  const xml = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    xml.set(piece, at);
    at += piece.length;
  }
  return { ok: true, xml };
}

export function docxDocument(bytes: Uint8Array): DocxResult {
  const unzipped = unzipDocumentXml(bytes);
  if (!unzipped.ok) return unzipped;
  const out = new BlockBuilder();
  let inText = false;
  // Deleted revisions and field codes are not document text.
  let hidden = 0;
  const nesting = new NestingGuard('Word 文档正文', IMPORT_LIMITS.maxDocxNesting);
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        nesting.open();
        if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText') hidden++;
        if (hidden > 0) return;
        switch (name) {
          case 'w:t':
            inText = true;
            break;
          case 'w:tab':
            if (!inText) out.addText(' ');
            break;
          case 'w:br':
            // A line break inside a paragraph (the export writes one for each line break typed in a paragraph or
            // the 引言) is kept as one; a page or column break is layout.
            if (!inText && (attrs['w:type'] ?? 'textWrapping') === 'textWrapping') out.addText('\n');
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
        nesting.close();
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
  } catch (err) {
    if (err instanceof ImportLimitError) throw err;
    return { ok: false, reason: '该 .docx 文件的正文 XML 已损坏，无法读取' };
  }
  return { ok: true, doc: { blocks: out.finish(), source: 'structured' } };
}
