/**
 * The one shape every input is read into before anything is recognised: a list of lines (paragraphs) and table
 * rows, in reading order. Text files give lines (and `|` rows); HTML and .docx give paragraphs and real table rows.
 */
import { IMPORT_LIMITS, tooManyBlocks } from './limits';

export type Block =
  | {
      readonly kind: 'line';
      readonly text: string;
      /**
       * Only where the reader knows the line's geometry (PDF): whether it stops short of the right margin, as the
       * last line of a paragraph does. Paragraphs are then told from it and the first-line indent, not guessed.
       */
      readonly short?: boolean;
    }
  /** A table row; a cell spanning rows appears only in its first row (as in HTML and Word). */
  | { readonly kind: 'row'; readonly cells: readonly string[] };

export interface ReportDocument {
  readonly blocks: readonly Block[];
  /**
   * 'text': lines are wrapped lines of paragraphs (joined by heuristics), and a blank line inside a run of
   * one-cell-per-line numbers may be an empty cell. 'structured': each line is one paragraph (HTML, .docx).
   */
  readonly source: 'text' | 'structured';
  /**
   * A text whose lines were each followed by a blank line (a web page copied paragraph by paragraph): those blank
   * lines were taken out, so that a remaining one can be an empty cell, and every line break ends a paragraph.
   */
  readonly doubleSpaced?: boolean;
  /** A web page's <title>: where the agency is read from when the page prints no title block. */
  readonly pageTitle?: string;
}
const PAGE_NUMBER = /^\s*[-—–－]{1,2}\s*\d{1,3}\s*[-—–－]{1,2}\s*$/;
const SEPARATOR_CELL = /^:?-{2,}:?$/;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

/**
 * Web pages copied one cell per line often come double-spaced: every line followed by one blank line. Then a single
 * blank line separates cells and carries no meaning; collapse it so that remaining blank lines can be empty cells.
 */
function collapseDoubleSpacing(lines: readonly string[]): string[] | null {
  let content = 0;
  let followedBySingleBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    content++;
    if (i + 2 < lines.length && lines[i + 1]!.trim() === '' && lines[i + 2]!.trim() !== '') followedBySingleBlank++;
  }
  if (content < 20 || followedBySingleBlank / content < 0.5) return null;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const blank = lines[i]!.trim() === '';
    if (blank && i > 0 && lines[i - 1]!.trim() !== '') continue; // the separator after a content line
    out.push(lines[i]!);
  }
  return out;
}

function splitMarkdownRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((c) => c.trim());
}

/** |---|:--:| — checked cell by cell: one regex over the whole row backtracks quadratically on spaces. */
function isMarkdownSeparator(cells: readonly string[]): boolean {
  return cells.every((c) => SEPARATOR_CELL.test(c));
}

export function textDocument(text: string): ReportDocument {
  const raw = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');
  if (raw.length > IMPORT_LIMITS.maxBlocks) throw tooManyBlocks();
  const kept = raw.filter((l) => !isPageNumber(l));
  const collapsed = collapseDoubleSpacing(kept);
  const lines = collapsed ?? kept;
  const blocks: Block[] = [];
  // Lines and `|` cells together, as the web page and Word readers count paragraphs and cells.
  let units = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.startsWith('|') && trimmed.length > 1) {
      const cells = splitMarkdownRow(trimmed);
      units += cells.length;
      if (units > IMPORT_LIMITS.maxBlocks) throw tooManyBlocks();
      if (!isMarkdownSeparator(cells)) blocks.push({ kind: 'row', cells });
    } else {
      // trimEnd, not /\s+$/: a regex anchored only at the end is quadratic on a long run of spaces.
      blocks.push({ kind: 'line', text: line.trimEnd() });
    }
  }
  return collapsed ? { blocks, source: 'text', doubleSpaced: true } : { blocks, source: 'text' };
}
