/**
 * 查找 across the whole draft, in the report's order: the title and opening (标题与引言), then each narrative part's
 * sub-section headings and bodies. Each hit is a place the editor can open (logic/places) and which occurrence of
 * the query within that field it is, so the field's own text decides where the selection goes. Latin letters match
 * regardless of case.
 */
import { draftOpening } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { getFormat } from '../../../shared/templates';
import type { NarrativePartId } from '../../../shared/templates';
import { sectionText } from './edits';
import type { Place } from './places';

export interface FindHit {
  readonly place: Place;
  /** 0 for the first occurrence in the field, 1 for the second… */
  readonly occurrence: number;
}

/** Where each occurrence of `query` starts in `text` (non-overlapping, case-insensitive). */
export function occurrences(text: string, query: string): number[] {
  if (query === '') return [];
  const hay = text.toLowerCase();
  const needle = query.toLowerCase();
  const at: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) at.push(i);
  return at;
}

export function findInDraft(draft: Draft, query: string): FindHit[] {
  const q = query.trim();
  if (q === '') return [];
  const hits: FindHit[] = [];
  const add = (place: Place, text: string) => {
    occurrences(text, q).forEach((_, occurrence) => hits.push({ place, occurrence }));
  };
  add({ kind: 'front', field: 'title' }, draft.title ?? '');
  add({ kind: 'front', field: 'opening' }, draftOpening(draft));
  for (const part of getFormat(draft.format).parts) {
    if (part.kind !== 'narrative') continue;
    for (const s of draft.narrative[part.id as NarrativePartId]) {
      const at = { kind: 'section', part: part.id as NarrativePartId, section: s.id } as const;
      add({ ...at, field: 'heading' }, s.heading);
      add({ ...at, field: 'text' }, sectionText(s));
    }
  }
  return hits;
}

/** The range of the hit's occurrence in its field's current text; null when the text no longer has it. */
export function hitRange(text: string, query: string, occurrence: number): { start: number; end: number } | null {
  const start = occurrences(text, query.trim())[occurrence];
  return start === undefined ? null : { start, end: start + query.trim().length };
}
