import type { Finding, TextSpot } from '../../../shared/rules';
import { isNarrativePart } from '../../../shared/templates';
import { partOf } from './findings';
import { FEE_SENTENCE } from './places';
import type { Place } from './places';

/**
 * Where going to a finding takes the user: the field holding the sentence it quotes, else its first cell, else its
 * narrative sub-section's text, else its part; null for a finding tied to no part.
 */
export function findingPlace(f: Finding): Place | null {
  const words = f.text && textPlace(f.text);
  if (words) return words;
  return cellPlace(f);
}

/** A finding's first cell (for a text finding: the table item its figure disagrees with), else as findingPlace. */
export function cellPlace(f: Finding): Place | null {
  const target = partOf(f);
  if (f.rule === 'title.pattern') return { kind: 'front', field: 'title' };
  if (f.cells[0]) return { kind: 'cell', address: f.cells[0] };
  if (f.section && target && target !== 'front' && isNarrativePart(target))
    return { kind: 'section', part: target, section: f.section, field: 'text' };
  if (target) return { kind: 'part', part: target };
  return null;
}

/** The field a text spot's paragraph is edited in. */
export function textPlace(spot: TextSpot): Place | null {
  if (spot.part === 'opening') return { kind: 'front', field: 'opening' };
  if (spot.feeSentence) return { kind: 'fee', address: FEE_SENTENCE };
  if (spot.sectionId) return { kind: 'section', part: spot.part, section: spot.sectionId, field: 'text' };
  return null;
}

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a text spot's quote is in the value of the field that holds it (a sub-section's textarea has its paragraphs
 * one per line; the opening and the fee sentence are one paragraph each), or null when the field no longer has
 * those words there (edited since the check).
 */
export function spotRange(value: string, spot: TextSpot): TextRange | null {
  let before = 0;
  let paragraph: string | undefined = value;
  if (spot.part !== 'opening' && !spot.feeSentence) {
    const lines = value.split('\n');
    paragraph = lines[spot.paragraph];
    for (let i = 0; i < spot.paragraph && i < lines.length; i++) before += lines[i]!.length + 1;
  }
  if (paragraph?.slice(spot.start, spot.end) !== spot.quote) return null;
  return { start: before + spot.start, end: before + spot.end };
}
