/**
 * Paragraphs → sentences → clauses, with offsets into the paragraph so a finding can point at the words it quotes.
 * A sentence ends at 。！？； (full or half width) or a line break, together with the closing quotes or brackets
 * that follow; a clause ends at a comma. A half-width comma between digits with three after it (1,234) is a
 * thousands separator, not a break.
 */

export interface Span {
  /** UTF-16 offsets into the paragraph, end exclusive. */
  readonly start: number;
  readonly end: number;
}

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '】', '〕', '》']);

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/**
 * A “sentence” longer than this (pasted text without a full stop) is cut at its last comma before the limit, so a
 * quoted sentence stays readable and every step after this one stays linear.
 */
export const MAX_SENTENCE = 400;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (end - start > MAX_SENTENCE) {
      const window = text.slice(start, start + MAX_SENTENCE);
      const comma = Math.max(window.lastIndexOf('，'), window.lastIndexOf(','));
      const cut = comma > 0 ? start + comma + 1 : start + MAX_SENTENCE;
      const span = trimmed(text, start, cut);
      if (span) spans.push(span);
      start = cut;
    }
    const span = trimmed(text, start, end);
    if (span) spans.push(span);
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.has(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return spans;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Clauses of `text[span]`, offsets still into `text`. */
export function splitClauses(text: string, span: Span): Span[] {
  const clauses: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (c !== '，' && c !== ',') continue;
    if (c === ',' && isDigit(text[i - 1]) && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) continue;
    if (i > start) clauses.push({ start, end: i });
    start = i + 1;
  }
  if (span.end > start) clauses.push({ start, end: span.end });
  return clauses;
}
