/**
 * Reads a PDF's text layer with pdfjs (in this thread: no worker, no eval, no fonts or canvas, no network) into the
 * importer's blocks. Refused with a message, never hung on: an encrypted file, one without a text layer (a scan),
 * more than 300 pages, or one whose reading outlasts the time budget.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ReportDocument } from '../../../shared/import/document';
import { layoutDocument } from './pdfLayout';
import type { TextRun } from './pdfLayout';

export const PDF_LIMITS = {
  maxPages: 300,
  /** Reading a 10-page report takes well under a second; a file that needs this long is not a report. */
  timeBudgetMs: 20_000,
  /** Fewer visible characters per page than this: the pages are images (a scan), not text. */
  minCharsPerPage: 20,
} as const;

export type PdfResult = { ok: true; doc: ReportDocument } | { ok: false; reason: string };

type PdfJs = typeof PdfJsModule;
let loaded: Promise<PdfJs> | null = null;

/**
 * pdfjs's display layer builds a DOMMatrix when it loads, for rendering, which text extraction never does; Node has
 * none, and the packaged app has no @napi-rs/canvas to supply one. An identity stand-in lets the module load; its
 * start-up warnings about the missing canvas are about rendering too, and would only clutter the CLI's output.
 */
class TextOnlyMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

/** pdfjs runs its "worker" in this thread when the worker module is already on globalThis (bundles included). */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    g.DOMMatrix ??= TextOnlyMatrix;
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: Cannot '))) warn(...args);
    };
    try {
      g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
    }
  })();
  return loaded;
}

class Timeout extends Error {}
class Cancelled extends Error {}

export interface PdfReadOptions {
  readonly timeBudgetMs?: number;
  readonly signal?: AbortSignal;
}

export async function pdfDocument(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfResult> {
  const budget = options.timeBudgetMs ?? PDF_LIMITS.timeBudgetMs;
  const pdfjs = await loadPdfJs();
  if (options.signal?.aborted) return { ok: false, reason: '已取消导入' };
  const deadline = Date.now() + budget;
  // pdfjs takes ownership of the buffer it is given; the caller's bytes stay untouched.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), budget);
    onAbort = () => reject(new Cancelled());
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  expired.catch(() => {});
  const within = <T>(p: Promise<T>) => Promise.race([p, expired]);
  try {
    const pdf = await within(task.promise);
    if (pdf.numPages > PDF_LIMITS.maxPages) {
      return {
        ok: false,
        reason: `该 PDF 有 ${pdf.numPages} 页，超过 ${PDF_LIMITS.maxPages} 页的上限，不像年度报告，已拒绝导入`,
      };
    }
    const pages: TextRun[][] = [];
    let chars = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      if (options.signal?.aborted) throw new Cancelled();
      if (Date.now() > deadline) throw new Timeout();
      const page = await within(pdf.getPage(p));
      const content = await within(page.getTextContent());
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , d, x, y] = item.transform as number[];
        runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.abs(d!) || Math.hypot(a!, b!) });
        chars += item.str.replace(/\s/g, '').length;
      }
      page.cleanup();
      pages.push(runs);
    }
    if (chars < PDF_LIMITS.minCharsPerPage * pdf.numPages) {
      return {
        ok: false,
        reason:
          '该 PDF 没有可读取的文字（可能是扫描件或图片）：请使用报告的 Word 版或网页版，或先用文字识别（OCR）转成文字后再导入',
      };
    }
    return { ok: true, doc: layoutDocument(pages) };
  } catch (err) {
    if (err instanceof Cancelled) return { ok: false, reason: '已取消导入' };
    if (err instanceof Timeout) {
      return {
        ok: false,
        reason: `读取该 PDF 超过 ${Math.round(budget / 1000)} 秒仍未完成，已停止导入（文件可能过大或已损坏）`,
      };
    }
    const name = (err as Error).name;
    if (name === 'PasswordException') {
      return { ok: false, reason: '该 PDF 已加密（需要密码才能打开），无法导入：请使用未加密的 PDF 或报告的 Word 版' };
    }
    if (name === 'InvalidPDFException')
      return { ok: false, reason: '该文件的扩展名是 .pdf，但内容不是有效的 PDF 文件' };
    return { ok: false, reason: `该 PDF 文件已损坏，无法读取：${(err as Error).message}` };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    void task.destroy();
  }
}
