/**
 * How the title is set on the page (GB/T 9704 §7.3.1): on one line when it fits, otherwise on two lines broken
 * between whole words with the lines balanced — by default right after the agency name, which is how published
 * reports break it. A line break the user typed in the title is where they want it broken, and wins.
 */

/** Characters of 二号 (22 pt, condensed as the body) on a 156 mm line: 8845 twips / (440 − 5). */
export const TITLE_CHARS_PER_LINE = 20;

/** Width in full-width characters: Latin letters, digits and half-width punctuation count half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! < 0x2000 || (ch >= '\uFF61' && ch <= '\uFF9F') ? 0.5 : 1;
  return width;
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Offsets where a line may break without cutting a word (Intl's dictionary segmentation of Chinese). */
function wordBoundaries(text: string): number[] {
  const offsets: number[] = [];
  for (const { index } of segmenter.segment(text)) if (index > 0) offsets.push(index);
  return offsets;
}

/** The boundary that best balances two lines that both fit; null when no boundary gives two fitting lines. */
function balancedBreak(text: string, width: number): number | null {
  let best: { at: number; diff: number } | null = null;
  for (const at of wordBoundaries(text)) {
    const first = textWidth(text.slice(0, at).trim());
    const second = textWidth(text.slice(at).trim());
    if (first > width || second > width) continue;
    const diff = Math.abs(first - second);
    if (!best || diff < best.diff) best = { at, diff };
  }
  return best?.at ?? null;
}

/**
 * Where published titles break, in order of preference: after the agency name, before the year, before
 * 政府信息公开 / 政务公开. Each is a word boundary by construction.
 */
function customaryBreaks(text: string, agency: string): number[] {
  const at: number[] = [];
  const name = agency === '' ? -1 : text.indexOf(agency);
  if (name >= 0) at.push(name + agency.length);
  const year = /(?:19|20)\d{2}\s*年/.exec(text);
  if (year) at.push(year.index);
  const topic = /政府信息公开|政务公开/.exec(text);
  if (topic) at.push(topic.index);
  return at.filter((i) => i > 0 && i < text.length);
}

export function titleLines(title: string, agencyName: string, width = TITLE_CHARS_PER_LINE): string[] {
  const typed = title
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (typed.length > 1) return typed;
  const text = typed[0] ?? '';
  const total = textWidth(text);
  if (total <= width) return text === '' ? [] : [text];
  // Longer than two lines' worth: left to the word processor's own wrapping (and no quadratic search).
  if (total > 2 * width) return [text];
  const fits = (at: number) =>
    textWidth(text.slice(0, at).trim()) <= width && textWidth(text.slice(at).trim()) <= width;
  const at = customaryBreaks(text, agencyName.trim()).find(fits) ?? balancedBreak(text, width);
  // Longer than two lines' worth: left to the word processor's own wrapping.
  // Nothing is trimmed at the break, so the lines joined are the title as typed (a space before the break stays).
  return at === null ? [text] : [text.slice(0, at), text.slice(at)];
}
