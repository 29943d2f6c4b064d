/**
 * How far a draft is: an empty draft has no errors, but it is not done. 已填 x/y 格 counts the entered cells (totals
 * are computed, not filled); a narrative part without any text is listed; open warnings come from the rule findings
 * the caller already has (shared/model does not run the rules).
 */
import { cellIndex, getFormat } from '../templates';
import type { NarrativePartId } from '../templates';
import { NARRATIVE_PART_IDS } from './draft';
import type { Draft } from './draft';
import { processingFeesSentence } from './feeSentence';

export interface Completeness {
  /** Entered (non-derived) cells of tables 二–四 that hold a value, of `totalCells`. */
  readonly filledCells: number;
  readonly totalCells: number;
  /** Narrative parts with no text yet, in the report's order (2021 六 counts its fee sentence as text). */
  readonly emptyParts: readonly NarrativePartId[];
  /** Findings of severity 提醒 (warning). */
  readonly warnings: number;
}

const hasText = (s: { readonly paragraphs: readonly string[] }) => s.paragraphs.some((p) => p.trim() !== '');

export function draftCompleteness(draft: Draft, findings: readonly { readonly severity: string }[] = []): Completeness {
  const entered = cellIndex(draft.format).entered;
  let filledCells = 0;
  for (const cell of entered) {
    const v = draft.values[cell.address];
    if (v !== undefined && v !== null) filledCells++;
  }
  const order = getFormat(draft.format).parts.map((p) => p.id);
  const emptyParts = NARRATIVE_PART_IDS.filter((part) => {
    if (draft.narrative[part].some(hasText)) return false;
    return !(part === 'other' && processingFeesSentence(draft) !== null);
  }).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return {
    filledCells,
    totalCells: entered.length,
    emptyParts,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
