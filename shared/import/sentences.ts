/**
 * When two text lines belong to one sentence. Text copied from web pages, OCR and PDF extraction breaks sentences
 * at line ends, page breaks and stray blank lines (努力让政务信息“看 ⏎⏎ 得懂、用得上、易监督”。); a paragraph of a
 * published report ends a sentence, so a line that does not, followed by a line that starts nothing of its own, is
 * the same paragraph.
 */

/** 。！？；：… (full or half width; a period not after a digit), possibly followed by closing quotes or brackets. */
const SENTENCE_END = /(?:[。！？；：…!?;:．]|(?<![\d.])\.)[”’"'」』）)】〕》]*$/;

/**
 * Lines that start something of their own: headings and list items (一、 （一） (一) 1. 1、 (1) ① 一是 第一，).
 * `1.5万条` is a number at the start of a wrapped line, not an item.
 */
const STARTS_ITEM =
  /^(?:#|[一二三四五六七八九十]+[、.．,，]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．](?!\d)|\d{1,2}、|[①-⑳⑴-⒇]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[、，,：:])/;

/** Table material: a line of numbers, a PDF table row ending in numbers, a caption (表一 / 附表2). */
function isTableLine(text: string): boolean {
  return (
    (/\d/.test(text) && /^[\s\d.,|—–%-]+$/.test(text)) ||
    /\S\s+\d+(?:\.\d+)?\s+\d+(?:\.\d+)?\s*$/.test(text) ||
    /^附?表\s*[一二三四五六七八九十\d]+/.test(text)
  );
}

/** The signature date closing a report: 2026年1月23日. */
const DATE_LINE = /^[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]?$/;

/** A short line with no punctuation at all: a title or an unnumbered heading, not the start of a sentence. */
function isTitleLike(text: string): boolean {
  return text.length <= 30 && !/[，,、。；;：:！!？?（(“"]/.test(text);
}

export interface LineEnd {
  /** The last line of the paragraph so far, trimmed. */
  readonly text: string;
  /** True when that line is the whole paragraph so far (a lone short line may be a title). */
  readonly alone: boolean;
}

/**
 * True when `next` (trimmed) continues the sentence that `prev` leaves unfinished: `prev` does not end in
 * sentence-ending punctuation and is not a lone title-like line, a date or table material, and `next` is not a
 * heading, list item, date or table material.
 */
export function continuesSentence(prev: LineEnd, next: string): boolean {
  const p = prev.text;
  if (!p || !next) return false;
  if (SENTENCE_END.test(p) || DATE_LINE.test(p) || isTableLine(p)) return false;
  if (prev.alone && isTitleLike(p)) return false;
  return !(STARTS_ITEM.test(next) || DATE_LINE.test(next) || isTableLine(next));
}

/** Joins two pieces of one paragraph: nothing between CJK text, one space between Latin words (…the ⏎ report). */
export function joinLines(a: string, b: string): string {
  return a ? a + joinSeparator(a, b) + b : b;
}

/** What goes between `a` and `b` when joined: only the end of `a` matters, so `a` may be just its last piece. */
export function joinSeparator(a: string, b: string): '' | ' ' {
  const end = a.slice(-2);
  const latinEnd = /[A-Za-z0-9][,.;:!?)"']?$/.test(end);
  const latinStart = /^[("']?[A-Za-z0-9]/.test(b);
  const letterAtJoin = /[A-Za-z][,.;:!?)"']?$/.test(end) || /^[("']?[A-Za-z]/.test(b);
  return latinEnd && latinStart && letterAtJoin ? ' ' : '';
}
