/**
 * Finds the six parts by their headings (compared through the format definitions, tolerant of other ordinals,
 * brackets and a changed word or two). The narrative parts are split into sub-sections in ./narrative.ts.
 */
import { PARTS } from '../templates';
import type { PartId } from '../templates';
import type { ReportDocument } from './document';
import { hasPartOrdinal, headingKey, isSubheading, stripOrdinal } from './headings';
import { normLabel, similarity } from './normalize';

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
