/**
 * Bounds on what the importer accepts, so that every accepted input is read in about a second and a few hundred MB at
 * most. A published report is far below each of them: its text is under 1 MB (about 1000 lines), its .docx
 * `word/document.xml` under 2 MB, its markup nested a few dozen levels deep.
 */

export const IMPORT_LIMITS = {
  /** Any file (a .docx may carry pictures). */
  maxFileBytes: 20 * 1024 * 1024,
  /** A .txt (or any text that is not a web page). */
  maxTextBytes: 2 * 1024 * 1024,
  /** A saved web page (scripts and styles it carries are skipped, not read). */
  maxHtmlBytes: 3 * 1024 * 1024,
  /** Lines of a text file; paragraphs, table rows and table cells of a web page or Word file. */
  maxBlocks: 20_000,
  /** Characters of text in all paragraphs and table cells together. */
  maxChars: 2_000_000,
  /** Words and numbers the tables are looked for in (a report has about a thousand). */
  maxTokens: 100_000,
  /**
   * Elements open inside each other in a web page (layout tables in tables) and in `word/document.xml` (about 10 in
   * Word's own files). htmlparser2 scans its stack of open elements for every end tag, so depth × end tags is work.
   */
  maxHtmlNesting: 128,
  maxDocxNesting: 64,
} as const;

/** An input beyond one of the limits; the message is the Chinese reason shown to the user. */
export class ImportLimitError extends Error {
  override readonly name = 'ImportLimitError';
}

/** 2 MB, 2.6 MB. */
export const megabytes = (bytes: number) => {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
};

export function tooManyBlocks(): ImportLimitError {
  return new ImportLimitError(
    `文件内容超过 ${IMPORT_LIMITS.maxBlocks / 10_000} 万行（段落、表格行或单元格），年度报告通常只有约一千行，已拒绝导入`,
  );
}

export function tooManyChars(): ImportLimitError {
  return new ImportLimitError(
    `文件的文字超过 ${IMPORT_LIMITS.maxChars / 10_000} 万字，年度报告通常只有几万字，已拒绝导入`,
  );
}

export function tooManyTokens(): ImportLimitError {
  return new ImportLimitError(
    `文件中的数字和词语超过 ${IMPORT_LIMITS.maxTokens / 10_000} 万个，年度报告通常只有约一千个，已拒绝导入`,
  );
}

/** Counts opened minus closed elements of a markup walk and refuses nesting beyond `limit`. */
export class NestingGuard {
  private depth = 0;
  constructor(
    private readonly what: string,
    private readonly limit: number,
  ) {}
  open(): void {
    if (++this.depth > this.limit) {
      throw new ImportLimitError(
        `${this.what}的标签嵌套超过 ${this.limit} 层，不像年度报告（可能已损坏或是特意构造的文件），已拒绝导入`,
      );
    }
  }
  close(): void {
    this.depth--;
  }
}
