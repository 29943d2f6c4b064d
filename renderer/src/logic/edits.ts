/** Every change the editor makes to a draft, as pure functions Draft → Draft (the undo history keeps the results). */
import type { Draft, ProcessingFees, Section } from '../../../shared/model';
import { getFormat } from '../../../shared/templates';
import type { MoneyUnit, NarrativePartId, TableId } from '../../../shared/templates';
import { renumberHeadings } from './headingNumbers';
import { applyUpdates } from './paste';

export function setCells(draft: Draft, updates: Readonly<Record<string, number | null>>): Draft {
  const changed = Object.entries(updates).some(([a, v]) => (draft.values[a] ?? null) !== v);
  return changed ? { ...draft, values: applyUpdates(draft.values, updates) } : draft;
}

export const setCell = (draft: Draft, address: string, value: number | null): Draft =>
  setCells(draft, { [address]: value });

/** "空白填0": every empty entered cell of one table becomes 0. */
export function fillEmptyWithZero(draft: Draft, table: TableId): Draft {
  const updates: Record<string, number> = {};
  for (const cell of getFormat(draft.format).tables[table].cells) {
    if (!cell.sumOf && (draft.values[cell.address] ?? null) === null) updates[cell.address] = 0;
  }
  return setCells(draft, updates);
}

export function emptyCount(draft: Draft, table: TableId): number {
  return getFormat(draft.format).tables[table].cells.filter(
    (c) => !c.sumOf && (draft.values[c.address] ?? null) === null,
  ).length;
}

export const setUnit = (draft: Draft, address: string, unit: MoneyUnit): Draft =>
  draft.units[address] === unit ? draft : { ...draft, units: { ...draft.units, [address]: unit } };

export const setTitle = (draft: Draft, title: string | null): Draft => ({ ...draft, title });
export const setOpening = (draft: Draft, opening: string | null): Draft => ({ ...draft, opening });

function withSections(draft: Draft, part: NarrativePartId, sections: Section[]): Draft {
  return { ...draft, narrative: { ...draft.narrative, [part]: sections } };
}

/** A section id not used anywhere in the draft (ids only need to be unique within it). */
export function newSectionId(draft: Draft, part: NarrativePartId): string {
  const used = new Set(Object.values(draft.narrative).flatMap((s) => s.map((x) => x.id)));
  let n = draft.narrative[part].length + 1;
  while (used.has(`${part}-${n}`)) n++;
  return `${part}-${n}`;
}

export function addSection(draft: Draft, part: NarrativePartId, atIndex: number): Draft {
  const sections = [...draft.narrative[part]];
  sections.splice(atIndex, 0, { id: newSectionId(draft, part), heading: '', paragraphs: [''] });
  return withSections(draft, part, sections);
}

/** Removes a sub-section; the （n） headings after it move up a number. */
export function removeSection(draft: Draft, part: NarrativePartId, id: string): Draft {
  return withSections(draft, part, renumberHeadings(draft.narrative[part].filter((s) => s.id !== id)));
}

/** Puts a removed sub-section back where it was (撤销 beside the removal); renumbers as removal did. */
export function restoreSection(draft: Draft, part: NarrativePartId, section: Section, atIndex: number): Draft {
  if (Object.values(draft.narrative).some((list) => list.some((s) => s.id === section.id))) return draft;
  const sections = [...draft.narrative[part]];
  sections.splice(Math.min(atIndex, sections.length), 0, section);
  return withSections(draft, part, renumberHeadings(sections));
}

/** Moves a sub-section up or down; the （n） headings keep counting in order. */
export function moveSection(draft: Draft, part: NarrativePartId, id: string, delta: -1 | 1): Draft {
  const sections = [...draft.narrative[part]];
  const i = sections.findIndex((s) => s.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= sections.length) return draft;
  [sections[i], sections[j]] = [sections[j]!, sections[i]!];
  return withSections(draft, part, renumberHeadings(sections));
}

export function updateSection(
  draft: Draft,
  part: NarrativePartId,
  id: string,
  change: { heading?: string; paragraphs?: string[] },
): Draft {
  return withSections(
    draft,
    part,
    draft.narrative[part].map((s) => (s.id === id ? { ...s, ...change } : s)),
  );
}

/** The body text of a section as the editor shows it: one paragraph per line. */
export const sectionText = (section: Section): string => section.paragraphs.join('\n');
export const textParagraphs = (text: string): string[] => text.split(/\r?\n/);

export function setFees(draft: Draft, change: Partial<ProcessingFees>): Draft {
  if (!draft.processingFees) return draft;
  return { ...draft, processingFees: { ...draft.processingFees, ...change } };
}
