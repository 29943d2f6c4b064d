/**
 * Places in a draft the editor can take the user to: a table cell, a 2021 fee field, a narrative sub-section, a field
 * of 标题与引言, or a whole part. Used by the rule panel (go to a finding or a refused input) and by undo/redo (show
 * what changed).
 */
import type { Draft, Section } from '../../../shared/model';
import { FEE_FIELDS, feeField } from '../../../shared/input/applyInput';
import { cellDisplayName, cellIndex, PARTS, TABLE_IDS } from '../../../shared/templates';
import type { FormatId, NarrativePartId, TableId } from '../../../shared/templates';
import type { NavTarget } from './findings';

export type FrontField = 'title' | 'agencyName' | 'agencyKind' | 'opening';

export type Place =
  | { readonly kind: 'cell'; readonly address: string }
  /** `processingFees.noticeCount` etc. (the addresses of shared/input's FEE_FIELDS) or `processingFees.sentence`. */
  | { readonly kind: 'fee'; readonly address: string }
  | {
      readonly kind: 'section';
      readonly part: NarrativePartId;
      readonly section: string;
      readonly field: 'heading' | 'text';
      /** Where the caret goes (after an undo or redo: where the text changed). */
      readonly caret?: number;
    }
  | { readonly kind: 'front'; readonly field: FrontField; readonly caret?: number }
  | { readonly kind: 'part'; readonly part: NavTarget };

export const FEE_SENTENCE = 'processingFees.sentence';

export const isFeeAddress = (address: string): boolean => feeField(address) !== undefined || address === FEE_SENTENCE;

/** Where a typed input lives: a fee field or a table cell. */
export const inputPlace = (address: string): Place =>
  isFeeAddress(address) ? { kind: 'fee', address } : { kind: 'cell', address };

export function placePart(place: Place): NavTarget {
  switch (place.kind) {
    case 'cell':
      return place.address.split('.')[0] as TableId;
    case 'fee':
      return 'other';
    case 'section':
      return place.part;
    case 'front':
      return 'front';
    case 'part':
      return place.part;
  }
}

/** How the user knows an input: the cell's row and column, or the fee field's label. */
export function inputLabel(format: FormatId, address: string): string {
  const fee = feeField(address);
  if (fee) return `信息处理费 ${fee.label}`;
  const def = cellIndex(format).byAddress.get(address);
  return def ? cellDisplayName(def) : address;
}

/**
 * The first place where two versions of a draft differ (what an undo or redo changed), in the order the editor shows
 * the draft; null when they do not differ in anything shown.
 */
export function changedPlace(before: Draft, after: Draft): Place | null {
  if (before === after) return null;
  if (before.title !== after.title) return { kind: 'front', field: 'title' };
  if (before.agency.name !== after.agency.name) return { kind: 'front', field: 'agencyName' };
  if (before.agency.kind !== after.agency.kind) return { kind: 'front', field: 'agencyKind' };
  if (before.opening !== after.opening) return { kind: 'front', field: 'opening' };

  for (const { id: part } of PARTS) {
    if ((TABLE_IDS as readonly string[]).includes(part)) {
      const table = part as TableId;
      if (before.values === after.values && before.units === after.units) continue;
      for (const cell of cellIndex(after.format).entered) {
        if (cell.table !== table) continue;
        const a = cell.address;
        if ((before.values[a] ?? null) !== (after.values[a] ?? null) || before.units[a] !== after.units[a]) {
          return { kind: 'cell', address: a };
        }
      }
      continue;
    }
    const narrative = part as NarrativePartId;
    const place = sectionChange(narrative, before.narrative[narrative], after.narrative[narrative]);
    if (place) return place;
    if (narrative === 'other') {
      const x = before.processingFees;
      const y = after.processingFees;
      if (x && y && x !== y) {
        for (const [address, { field }] of Object.entries(FEE_FIELDS)) {
          if (x[field] !== y[field]) return { kind: 'fee', address };
        }
        if (x.sentence !== y.sentence) return { kind: 'fee', address: FEE_SENTENCE };
      }
    }
  }
  return null;
}

function sectionChange(part: NarrativePartId, before: readonly Section[], after: readonly Section[]): Place | null {
  if (before === after) return null;
  const old = new Map(before.map((s) => [s.id, s]));
  for (const s of after) {
    const was = old.get(s.id);
    if (!was) return { kind: 'section', part, section: s.id, field: 'heading' };
    if (was.heading !== s.heading) return { kind: 'section', part, section: s.id, field: 'heading' };
    if (was !== s && was.paragraphs.join('\n') !== s.paragraphs.join('\n')) {
      return { kind: 'section', part, section: s.id, field: 'text' };
    }
  }
  // Moved: the first section not where it was; removed: the part itself.
  const moved = after.find((s, i) => before[i]?.id !== s.id);
  if (moved) return { kind: 'section', part, section: moved.id, field: 'heading' };
  return before.length !== after.length ? { kind: 'part', part } : null;
}
