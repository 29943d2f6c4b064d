/**
 * A narrative part's blocks → sub-sections and paragraphs, kept as the report printed them: a paragraph is a
 * paragraph of the source, a run-in sub-heading (（一）主动公开情况。主要通过…) keeps its punctuation, and the spaces
 * PDF extraction put into the text are taken out.
 *
 * A run-in sub-heading is stored as the section's heading with its closing 。, the text after it as the first
 * paragraph; the export (shared/report) prints a heading that ends in 。 at the start of its first paragraph, so
 * import → export prints it as published, and export → import gives the same sections back. A sub-heading printed on
 * a line of its own is stored without a closing 。 and printed on a line of its own.
 */
import type { Block, ReportDocument } from './document';
import { isMarkdownHeading, isSubheading, withoutMarkdownHeading, withoutMarkdownHeadingMarks } from './headings';
import { continuesSentence, joinSeparator } from './sentences';
import { withoutExtractionSpaces } from './spaces';

/**
 * Lines that belong to the web page or PDF around the report, not to its text: a short line starting with one of
 * these words and without a sentence's punctuation. A paragraph that merely starts with them (视频解读是今年新增的
 * 形式，…。) is the report's own.
 */
const CHROME =
  /^(附件下载|扫一扫|相关解读|文字解读|图片解读|视频解读|访谈解读|媒体报道|打印本页|关闭窗口|【打印】|【关闭】|分享到|字号|上一篇|下一篇|来源[:：]|主办[:：]|承办[:：]|版权所有|网站标识码|source:)/i;
const CHROME_MAX = 60;

export function isChrome(text: string): boolean {
  const t = text.trim();
  return t.length <= CHROME_MAX && CHROME.test(t) && !/[，。；！？]/.test(t);
}

export interface SectionText {
  heading: string;
  paragraphs: string[];
}

/** A narrative line; `own` when it is a table row or a Markdown heading, which no sentence runs into or out of. */
interface NarrativeLine {
  readonly text: string;
  readonly own: boolean;
  /** From the PDF's geometry: the line stops short of the right margin (a paragraph's last line). */
  readonly short?: boolean;
}

const indentOf = (text: string) => text.length - text.trimStart().length;

/**
 * PDF lines with their geometry. Where the text sets paragraphs off by a first-line indent, a paragraph starts at an
 * indented line and nowhere else: not after a full line that happens to end in 。, not at a page break, not after a
 * line a browser ended early to wrap a long number or address. Without indents, a paragraph ends where a line stops
 * short of the right margin and its sentence ends there too (`continuesSentence`).
 */
function paragraphsByGeometry(lines: readonly NarrativeLine[]): string[] {
  const content = lines.filter((l) => l.text.trim());
  const indents = content.map((l) => indentOf(l.text));
  const minIndent = indents.reduce((m, i) => Math.min(m, i), Infinity);
  const indented = indents.some((i) => i >= minIndent + 2) && indents.some((i) => i === minIndent);
  const out: string[] = [];
  let cur: string[] = [];
  let prev: NarrativeLine | null = null;
  for (const line of content) {
    const t = line.text.trim();
    // A line a browser ended early (to wrap 《条例》 or a long address) still goes on when its sentence does.
    const starts = indented
      ? indentOf(line.text) >= minIndent + 2
      : prev !== null &&
        prev.short !== false &&
        !continuesSentence({ text: prev.text.trim(), alone: cur.length === 1 }, t);
    const breaks = prev === null || prev.own || line.own || starts;
    if (breaks && cur.length > 0) {
      out.push(cur.join(''));
      cur = [];
    }
    if (cur.length > 0) cur.push(joinSeparator(prev!.text.trim(), t));
    cur.push(t);
    prev = line;
  }
  if (cur.length > 0) out.push(cur.join(''));
  return out;
}

/**
 * Text lines → paragraphs: a blank line (every line break in a double-spaced copy), an indented line (when the text
 * has unindented lines), or a short line ending a sentence closes a paragraph; wrapped lines are joined. A blank line
 * or indent does not close a paragraph whose sentence is unfinished and goes on in the next line
 * (`continuesSentence`): page breaks and OCR.
 */
function paragraphsOfText(lines: readonly NarrativeLine[], doubleSpaced: boolean): string[] {
  const content = lines.filter((l) => l.text.trim()).map((l) => l.text);
  const indents = content.map(indentOf);
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
    const breaks =
      afterBlank ||
      doubleSpaced ||
      (mixedIndent && indentOf(line.text) >= minIndent + 2) ||
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

function paragraphsOf(lines: readonly NarrativeLine[], doc: ReportDocument): string[] {
  if (doc.source === 'structured') return lines.map((l) => l.text.trim()).filter(Boolean);
  const geometry = lines.some((l) => l.short !== undefined);
  return geometry ? paragraphsByGeometry(lines) : paragraphsOfText(lines, doc.doubleSpaced === true);
}

/**
 * A （一）-style sub-heading line → the heading and the text run in after it (null when none). `full`: the PDF line
 * reaches the right margin, so the paragraph runs on into the next line even when the line ends just after the 。.
 */
function splitSubheading(text: string, full: boolean): { heading: string; rest: string | null } {
  const t = withoutMarkdownHeading(text).trim();
  const stop = t.indexOf('。');
  // Run in: the heading keeps its 。 (the export prints such a heading run in again).
  if (stop >= 0 && stop < t.length - 1) return { heading: t.slice(0, stop + 1), rest: t.slice(stop + 1) };
  // On a line of its own: a closing 。 is dropped, and the heading printed on its own line again.
  if (stop === t.length - 1 && t.length <= 40 && !full) return { heading: t.slice(0, -1), rest: null };
  return { heading: t, rest: null };
}

/** A row's cells stay apart; a text line loses the spaces extraction put in (its indent is kept). */
function lineOf(block: Block, doc: ReportDocument): NarrativeLine {
  if (block.kind === 'row') return { text: block.cells.join(' '), own: true };
  // Keep the indent (it separates paragraphs in text) but not the Markdown heading marks: ### 一是从严日常管理。
  const text = withoutMarkdownHeadingMarks(block.text);
  const indent = text.slice(0, indentOf(text));
  return {
    text: doc.source === 'structured' ? text : indent + withoutExtractionSpaces(text.slice(indent.length)),
    own: isMarkdownHeading(block.text),
    ...(block.short === undefined ? {} : { short: block.short }),
  };
}

/** Text that ends a sentence or heads a sub-section: more report, not the page furniture after it. */
function reportTextFollows(doc: ReportDocument, from: number, to: number): boolean {
  for (let b = from; b < to; b++) {
    const block = doc.blocks[b]!;
    if (block.kind === 'line' && (isSubheading(block.text) || /[。！？；]$/.test(block.text.trimEnd()))) return true;
  }
  return false;
}

/**
 * Splits a narrative part into sub-sections at （一）-style headings; text before the first one has heading ''. Page
 * chrome (isChrome) ends the part; when report text still follows it in the part, `doubts` is told what was left.
 */
export function narrativeSections(doc: ReportDocument, from: number, to: number, doubts?: string[]): SectionText[] {
  const sections: { heading: string; lines: NarrativeLine[] }[] = [{ heading: '', lines: [] }];
  for (let b = from; b < to; b++) {
    const block = doc.blocks[b]!;
    const text = block.kind === 'line' ? block.text : block.cells.join(' ');
    if (isChrome(text)) {
      if (doubts && reportTextFollows(doc, b + 1, to)) {
        doubts.push(`「${text.trim()}」像是网页上的栏目文字，本部分在它之后的文字未导入，请核对原文`);
      }
      break;
    }
    const current = sections[sections.length - 1]!;
    if (isSubheading(text)) {
      const tidy = block.kind === 'line' ? lineOf(block, doc).text : text;
      const { heading, rest } = splitSubheading(tidy, block.kind === 'line' && block.short === false);
      const section = { heading, lines: [] as NarrativeLine[] };
      if (rest !== null) section.lines.push({ ...lineOf(block, doc), text: rest, own: false });
      sections.push(section);
      continue;
    }
    current.lines.push(lineOf(block, doc));
  }
  return sections
    .map((s) => ({ heading: s.heading, paragraphs: paragraphsOf(s.lines, doc) }))
    .filter((s) => s.heading || s.paragraphs.length > 0);
}
