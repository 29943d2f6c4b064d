/**
 * The draft's text fields that undo goes through by typing bursts: 标题, 引言, and each sub-section's heading and body.
 * A field's id is its undo-merge key and its element's `data-field`, so Ctrl+Z knows which field has the focus.
 */
import type { Draft, Section } from '../../../shared/model';
import { draftOpening } from '../../../shared/model';
import type { NarrativePartId } from '../../../shared/templates';
import type { FieldAccess, TextEdit } from './history';
import type { Place } from './places';

export const TITLE_FIELD = 'title';
export const OPENING_FIELD = 'opening';
export const headingField = (sectionId: string): string => `heading:${sectionId}`;
export const bodyField = (sectionId: string): string => `text:${sectionId}`;

function findSection(draft: Draft, id: string): { part: NarrativePartId; section: Section } | null {
  for (const [part, sections] of Object.entries(draft.narrative) as [NarrativePartId, Section[]][]) {
    const section = sections.find((s) => s.id === id);
    if (section) return { part, section };
  }
  return null;
}

function sectionOf(field: string): { id: string; which: 'heading' | 'paragraphs' } | null {
  if (field.startsWith('heading:')) return { id: field.slice('heading:'.length), which: 'heading' };
  if (field.startsWith('text:')) return { id: field.slice('text:'.length), which: 'paragraphs' };
  return null;
}

/** The field's text as the editor shows it; null when the draft has no such field. */
export function fieldText(draft: Draft, field: string): string | null {
  if (field === TITLE_FIELD) return draft.title ?? '';
  if (field === OPENING_FIELD) return draftOpening(draft);
  const ref = sectionOf(field);
  const found = ref && findSection(draft, ref.id);
  if (!ref || !found) return null;
  return ref.which === 'heading' ? found.section.heading : found.section.paragraphs.join('\n');
}

/** The text edit of `field`; `known`: the field's text in `snapshot`, already at hand. */
export const textEdit = (field: string, snapshot?: Draft, known?: string): TextEdit<Draft> => ({
  field,
  text: (d) => (d === snapshot && known !== undefined ? known : fieldText(d, field)),
});

type Stored = string | null | readonly string[];

/**
 * The field's stored value for undoIn / redoIn: the title and opening as stored (null: generated), a body as its
 * paragraph list (compared by reference first: an edit elsewhere keeps the list, so no 200 000-character join).
 */
export function fieldAccess(field: string): FieldAccess<Draft, Stored> {
  const same = (a: Stored, b: Stored) =>
    a === b || (Array.isArray(a) && Array.isArray(b) && a.join('\n') === b.join('\n'));
  if (field === TITLE_FIELD || field === OPENING_FIELD) {
    const key = field === TITLE_FIELD ? 'title' : 'opening';
    return { get: (d) => d[key], set: (d, v) => ({ ...d, [key]: v as string | null }), same };
  }
  const ref = sectionOf(field);
  return {
    get: (d) => {
      const found = ref && findSection(d, ref.id);
      return found ? found.section[ref.which] : undefined;
    },
    set: (d, v) => {
      const found = ref && findSection(d, ref.id);
      if (!ref || !found) return d;
      const sections = d.narrative[found.part].map((s) => (s.id === ref.id ? { ...s, [ref.which]: v } : s));
      return { ...d, narrative: { ...d.narrative, [found.part]: sections } };
    },
    same,
  };
}

/** The text field a place names, if it is one of these. */
export function placeField(place: Place): string | null {
  if (place.kind === 'section')
    return place.field === 'heading' ? headingField(place.section) : bodyField(place.section);
  if (place.kind === 'front' && place.field === 'title') return TITLE_FIELD;
  if (place.kind === 'front' && place.field === 'opening') return OPENING_FIELD;
  return null;
}
