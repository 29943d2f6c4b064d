import type { Finding } from '../../../shared/rules';
import { isNarrativePart } from '../../../shared/templates';
import { partOf } from './findings';
import type { Place } from './places';

/**
 * Where going to a finding takes the user: its first cell, else its narrative sub-section's text, else its part;
 * null for a finding tied to no part.
 */
export function findingPlace(f: Finding): Place | null {
  const target = partOf(f);
  if (f.rule === 'title.pattern') return { kind: 'front', field: 'title' };
  if (f.cells[0]) return { kind: 'cell', address: f.cells[0] };
  if (f.section && target && target !== 'front' && isNarrativePart(target))
    return { kind: 'section', part: target, section: f.section, field: 'text' };
  if (target) return { kind: 'part', part: target };
  return null;
}
