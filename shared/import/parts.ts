/**
 * Finds the six parts by their headings (compared through the format definitions, tolerant of other ordinals,
 * brackets and a changed word or two) and splits the narrative parts into sub-sections and paragraphs.
 */
import { PARTS } from '../templates';
import type { PartId } from '../templates';
import type { ReportDocument } from './document';
import {
  hasPartOrdinal,
  headingKey,
  isMarkdownHeading,
  isSubheading,
  stripOrdinal,
  withoutMarkdownHeading,
  withoutMarkdownHeadingMarks,
} from './headings';
import { normLabel, similarity } from './normalize';
import { continuesSentence, joinSeparator } from './sentences';

export interface PartSpan {
  readonly part: PartId;
  /** Block index of the heading line. */
  readonly heading: number;
  /** First block after the heading, and the block where the next found part starts. */
  readonly from: number;
  readonly to: number;
}

/** `norm`: the line through normLabel; `target`: the format's heading through headingKey. */
function headingScore(norm: string, heading: string, target: string): number {
  if (norm.length === 0 || norm.length > heading.length * 1.6 + 4) return 0;
  const words = stripOrdinal(norm);
  if (words === target) return 1;
  if (!hasPartOrdinal(norm)) return 0;
  // Reports insert words into a heading: 五、政府信息公开工作存在的主要问题及改进情况.
  if (words.includes(target)) return CONTAINS_SCORE;
  return similarity(words, target);
}

const MIN_SCORE = 0.6;
const MAX_HEADING_LINE = 500;
/** Below an exact heading found later, above any heading that merely resembles it. */
const CONTAINS_SCORE = 0.95;

/** Heading blocks of the parts that were found, in document order; parts not found are absent. */
export function findParts(doc: ReportDocument, startAt: number): PartSpan[] {
  const found: { part: PartId; heading: number }[] = [];
  // Each block is normalised once, not once per part.
  const norms: string[] = [];
  const normOf = (b: number) => {
    if (norms[b] === undefined) {
      const block = doc.blocks[b]!;
      const text = block.kind === 'line' ? block.text : block.cells.length === 1 ? block.cells[0]! : '';
      // A heading is a few dozen characters: a longer line is not one, and is not worth normalising.
      norms[b] = text.length > MAX_HEADING_LINE ? '' : normLabel(text);
    }
    return norms[b];
  };
  let after = startAt;
  for (const part of PARTS) {
    let best = -1;
    let bestScore = MIN_SCORE;
    const target = headingKey(part.heading);
    for (let b = after; b < doc.blocks.length; b++) {
      const score = headingScore(normOf(b), part.heading, target);
      if (score > bestScore || (score === 1 && bestScore < 1)) {
        best = b;
        bestScore = score;
        if (score === 1) break;
      }
    }
    if (best >= 0) {
      found.push({ part: part.id, heading: best });
      after = best + 1;
    }
  }
  return found.map((f, i) => ({
    part: f.part,
    heading: f.heading,
    from: f.heading + 1,
    to: i + 1 < found.length ? found[i + 1]!.heading : doc.blocks.length,
  }));
}

/** Lines that belong to the web page or PDF around the report, not to its text. */
const CHROME =
  /^(附件下载|扫一扫|相关解读|文字解读|图片解读|视频解读|访谈解读|媒体报道|打印本页|关闭窗口|【打印】|【关闭】|分享到|字号|上一篇|下一篇|来源[:：]|source:)/i;

export function isChrome(text: string): boolean {
  return CHROME.test(text.trim());
}

export interface SectionText {
  heading: string;
  paragraphs: string[];
}

/** A table row, or a line of nothing but numbers (a table row in PDF text). */
function isTabular(text: string | null): boolean {
  return text === null || (/\d/.test(text) && /^[\s\d.,|—–-]+$/.test(text));
}

/**
 * Some reports print part 五 without its heading: after table 四 comes （一）主要问题 … directly. When a （一）-style
 * sub-heading follows the last table row in the span of 四, returns the first text block after that row (part 五
 * starts there); otherwise null.
 */
export function unheadedSectionsAfterTable(doc: ReportDocument, from: number, to: number): number | null {
  let lastTabular = -1;
  for (let b = from; b < to; b++) {
    const block = doc.blocks[b]!;
    if (isTabular(block.kind === 'line' ? block.text : null)) lastTabular = b;
  }
  if (lastTabular < 0) return null;
  let first: number | null = null;
  for (let b = lastTabular + 1; b < to; b++) {
    const block = doc.blocks[b]!;
    if (block.kind !== 'line' || !block.text.trim()) continue;
    first ??= b;
    if (isSubheading(block.text)) return first;
  }
  return null;
}

/** A narrative line; `own` when it is a table row or a Markdown heading, which no sentence runs into or out of. */
interface NarrativeLine {
  readonly text: string;
  readonly own: boolean;
}

/**
 * Text lines → paragraphs: a blank line, an indented line (when the text has unindented lines), or a short line
 * ending a sentence closes a paragraph; wrapped lines are joined. A blank line or indent does not close a paragraph
 * whose sentence is unfinished and goes on in the next line (`continuesSentence`): PDF page breaks and OCR.
 */
function paragraphsOf(lines: readonly NarrativeLine[], structured: boolean): string[] {
  if (structured) return lines.map((l) => l.text.trim()).filter(Boolean);
  const content = lines.filter((l) => l.text.trim()).map((l) => l.text);
  const indents = content.map((l) => l.length - l.trimStart().length);
  // Folded, not spread: Math.min(...list) overflows the call stack on a very long part.
  const minIndent = indents.reduce((m, i) => Math.min(m, i), Infinity);
  const mixedIndent = indents.some((i) => i >= minIndent + 2) && indents.some((i) => i === minIndent);
  const width = content.reduce((m, l) => Math.max(m, l.trim().length), 0);
  const out: string[] = [];
  // The paragraph so far, as pieces: growing one string and looking at its end copies it each time (quadratic).
  let cur: string[] = [];
  let prev: NarrativeLine | null = null;
  let alone = false;
  let afterBlank = false;
  for (const line of lines) {
    const t = line.text.trim();
    if (!t) {
      afterBlank = true;
      continue;
    }
    const indent = line.text.length - line.text.trimStart().length;
    const breaks =
      afterBlank ||
      (mixedIndent && indent >= minIndent + 2) ||
      (prev !== null && /[。！？：:]$/.test(prev.text) && prev.text.length < width * 0.85) ||
      /^\d+[.、．]/.test(t);
    const joins = prev !== null && !prev.own && !line.own && continuesSentence({ text: prev.text, alone }, t);
    if (cur.length > 0 && breaks && !joins) {
      out.push(cur.join(''));
      cur = [];
    }
    alone = cur.length === 0;
    if (prev !== null && !alone) cur.push(joinSeparator(prev.text, t));
    cur.push(t);
    prev = { text: t, own: line.own };
    afterBlank = false;
  }
  if (cur.length > 0) out.push(cur.join(''));
  return out;
}

/** Splits a narrative part into sub-sections at （一）-style headings; text before the first one has heading ''. */
export function narrativeSections(doc: ReportDocument, from: number, to: number): SectionText[] {
  const structured = doc.source === 'structured';
  const sections: { heading: string; lines: NarrativeLine[] }[] = [{ heading: '', lines: [] }];
  for (let b = from; b < to; b++) {
    const block = doc.blocks[b]!;
    const text = block.kind === 'line' ? block.text : block.cells.join(' ');
    if (isChrome(text)) break;
    if (isSubheading(text)) {
      const t = withoutMarkdownHeading(text).trim();
      const stop = t.search(/[。]/);
      if (stop >= 0 && stop < t.length - 1) {
        sections.push({ heading: t.slice(0, stop), lines: [] });
        sections[sections.length - 1]!.lines.push({ text: t.slice(stop + 1), own: false });
      } else if (t.length <= 40 || stop === t.length - 1) {
        sections.push({ heading: t.replace(/。$/, ''), lines: [] });
      } else {
        sections.push({ heading: t, lines: [] });
      }
      continue;
    }
    // Keep the indent (it separates paragraphs in text) but not the Markdown heading marks: ### 一是从严日常管理。
    sections[sections.length - 1]!.lines.push({
      text: withoutMarkdownHeadingMarks(text),
      own: block.kind === 'row' || isMarkdownHeading(text),
    });
  }
  return sections
    .map((s) => ({ heading: s.heading, paragraphs: paragraphsOf(s.lines, structured) }))
    .filter((s) => s.heading || s.paragraphs.length > 0);
}
