/**
 * Table regions as a stream of tokens: labels and number cells (a blank cell is a number token with no value).
 * Number tokens are grouped the way the source groups them — a table row, a text line, or a run of one-number
 * lines — because a group is usually one printed row.
 */
import type { Block, ReportDocument } from './document';
import { isBlankCell, normLabel, parseNumberCell } from './normalize';
import type { ParsedNumber } from './normalize';
import { IMPORT_LIMITS, tooManyTokens } from './limits';

export type Token =
  | { readonly kind: 'label'; readonly text: string; readonly norm: string; readonly block: number }
  | { readonly kind: 'value'; readonly num: ParsedNumber | null; readonly raw: string; readonly block: number };
export type ValueToken = Extract<Token, { kind: 'value' }>;

export interface Group {
  readonly values: readonly ValueToken[];
  /** Index of the first token of the group in the token list. */
  readonly start: number;
}

export interface TokenStream {
  readonly tokens: readonly Token[];
  readonly groups: readonly Group[];
}

/** A line of prose, whose numbers (dates, counts in sentences) are not table cells. */
function isProse(labelText: string, valueCount: number): boolean {
  if (valueCount >= 2 && !/[。；]/.test(labelText)) return false;
  return /[。；]/.test(labelText) || (labelText.length > 15 && /[，,]/.test(labelText) && valueCount > 0);
}

function lineTokens(text: string, block: number): Token[] {
  const pieces = text.trim().split(/\s+/).filter(Boolean);
  if (pieces.length > IMPORT_LIMITS.maxTokens) throw tooManyTokens();
  const out: Token[] = [];
  let label = '';
  const flush = () => {
    if (label) out.push({ kind: 'label', text: label, norm: normLabel(label), block });
    label = '';
  };
  const values: ValueToken[] = [];
  const order: (string | ValueToken)[] = [];
  for (const piece of pieces) {
    const num = parseNumberCell(piece);
    if (num) {
      const v: ValueToken = { kind: 'value', num, raw: piece, block };
      values.push(v);
      order.push(v);
    } else order.push(piece);
  }
  const labelText = order.filter((item): item is string => typeof item === 'string').join('');
  if (isProse(labelText, values.length)) {
    return labelText ? [{ kind: 'label', text: text.trim(), norm: normLabel(text), block }] : [];
  }
  for (const item of order) {
    if (typeof item === 'string') label += item;
    else {
      flush();
      out.push(item);
    }
  }
  flush();
  return out;
}

function rowTokens(cells: readonly string[], block: number): Token[] {
  const out: Token[] = [];
  for (const cell of cells) {
    const num = parseNumberCell(cell);
    if (num) out.push({ kind: 'value', num, raw: cell, block });
    else if (isBlankCell(cell)) out.push({ kind: 'value', num: null, raw: cell, block });
    else out.push({ kind: 'label', text: cell, norm: normLabel(cell), block });
  }
  // Blank cells before a label are the empty corners of merged label columns, not number cells.
  const lastLabel = out.map((t) => t.kind).lastIndexOf('label');
  return out.filter((t, i) => t.kind === 'label' || t.num !== null || i > lastLabel);
}

/**
 * Tokens of blocks [from, to). Blank lines become blank number tokens only between two one-number lines of a
 * text document, where one-cell-per-line copies print an empty cell as an empty line.
 */
export function tokenize(doc: ReportDocument, from: number, to: number): TokenStream {
  const tokens: Token[] = [];
  const groups: Group[] = [];
  let run: { values: ValueToken[]; start: number; pendingBlanks: ValueToken[] } | null = null;
  const closeRun = () => {
    if (run && run.values.some((v) => v.num !== null)) groups.push({ values: run.values, start: run.start });
    run = null;
  };
  for (let b = from; b < to; b++) {
    const block: Block = doc.blocks[b]!;
    if (block.kind === 'line' && block.text.trim() === '') {
      if (run && doc.source === 'text') run.pendingBlanks.push({ kind: 'value', num: null, raw: '', block: b });
      continue;
    }
    const toks = block.kind === 'row' ? rowTokens(block.cells, b) : lineTokens(block.text, b);
    const values = toks.filter((t): t is ValueToken => t.kind === 'value');
    const singleNumberLine = block.kind === 'line' && toks.length === 1 && values.length === 1;
    if (singleNumberLine) {
      if (!run) run = { values: [], start: tokens.length, pendingBlanks: [] };
      // Loops, not push(...list): spreading a long list overflows the call stack.
      for (const blank of run.pendingBlanks) run.values.push(blank);
      run.values.push(values[0]!);
      run.pendingBlanks = [];
      tokens.push(values[0]!);
      continue;
    }
    closeRun();
    const start = tokens.length;
    for (const t of toks) tokens.push(t);
    if (tokens.length > IMPORT_LIMITS.maxTokens) throw tooManyTokens();
    // In a real table (HTML, Word) a row of empty cells is an empty printed row; in text it is layout debris.
    const emptyRow = doc.source === 'structured' && block.kind === 'row' && values.length >= 2;
    if (values.some((v) => v.num !== null) || emptyRow) {
      // A label cell after the numbers (rare) is kept out of the group; numbers of one row stay together.
      groups.push({ values, start });
    }
  }
  closeRun();
  return { tokens, groups };
}
