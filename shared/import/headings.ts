/**
 * Headings, in one place: how a printed heading line is compared with the format's part headings (`headingKey`),
 * what its ordinal looks like (一、 （一）), and the Markdown heading marks a copied text may carry (### 一、…). The
 * parts finder, the title reader and the narrative splitter all go through these, so a heading is never normalised
 * two different ways.
 */
import { normLabel } from './normalize';

const NUMERAL = '[一二三四五六七八九十]+';

/** 一、 or (一), after normLabel (which makes （一） and 一， into (一) and 一,). */
const PART_ORDINAL = new RegExp(`^(?:${NUMERAL}[、.,]|\\(${NUMERAL}\\))`);
/** The same, or an item number 1. (1、 and 1． are 1. after normLabel). */
const ANY_ORDINAL = new RegExp(`^(?:${NUMERAL}[、.,]|\\(${NUMERAL}\\)|\\d+\\.)`);
/** A （一）-style sub-heading as printed, full- or half-width brackets. */
const SUBHEADING = new RegExp(`^\\s*[（(]${NUMERAL}[）)]`);
const MARKDOWN_HEADING = /^\s*#+\s*/;
const MARKDOWN_HEADING_MARKS = /^(\s*)#{1,6}\s+/;

/** Strips a leading part or item ordinal (一、 （一） 1.) of a normLabel'd text, so headings compare by their words. */
export function stripOrdinal(normalized: string): string {
  return normalized.replace(ANY_ORDINAL, '');
}

/** Whether a normLabel'd text starts with a part ordinal (一、 or （一）). */
export function hasPartOrdinal(normalized: string): boolean {
  return PART_ORDINAL.test(normalized);
}

/** The words of a heading, for comparing a printed line with a format heading: normLabel, then no ordinal. */
export function headingKey(text: string): string {
  return stripOrdinal(normLabel(text));
}

/** The text without a leading Markdown heading mark and the spaces around it (### 一、总体情况 → 一、总体情况). */
export function withoutMarkdownHeading(text: string): string {
  return text.replace(MARKDOWN_HEADING, '');
}

/** Whether the line is a Markdown heading (`#` to `######` and a space). */
export function isMarkdownHeading(text: string): boolean {
  return MARKDOWN_HEADING_MARKS.test(text);
}

/** The marks taken off, the indent before them kept (it separates paragraphs in text): ### 一是… → 一是…. */
export function withoutMarkdownHeadingMarks(text: string): string {
  return text.replace(MARKDOWN_HEADING_MARKS, '$1');
}

/** Whether the line (Markdown marks allowed) starts with a （一）-style sub-heading. */
export function isSubheading(text: string): boolean {
  return SUBHEADING.test(withoutMarkdownHeading(text));
}
