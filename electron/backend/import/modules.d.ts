/** Types for the reader modules that ship none: word-extractor 1.0.4 and the pdfjs worker entry. */

/** The part of word-extractor's API the .doc reader uses. */
declare module 'word-extractor' {
  interface WordDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}

/** pdfjs's worker module, run in this thread: only its message handler is used (set on globalThis). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
