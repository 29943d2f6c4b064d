import { cellIndex, ENTERED_APPLICANT_COLUMNS, formatForYear, NARRATIVE_PART_IDS } from '../templates';
import type { FormatId } from '../templates';
import { createDraft } from './create';
import type { Draft, Section } from './draft';
import { draftTitle } from './text';

export interface CarryOverOptions {
  readonly id: string;
  readonly now: string;
  /** Defaults to the format in force for the new year. */
  readonly format?: FormatId;
}

const copySections = (sections: readonly Section[]): Section[] =>
  sections.map((s) => ({ id: s.id, heading: s.heading, paragraphs: [...s.paragraphs] }));

/**
 * Next year's draft from this year's: same agency, same narrative skeleton (its text as a starting point),
 * 上年结转 ← 结转下年度继续办理 per column, and a link back so the cross-year rules can run.
 */
export function carryOver(previous: Draft, options: CarryOverOptions): Draft {
  const year = previous.year + 1;
  const format = options.format ?? formatForYear(year);
  const draft = createDraft({ id: options.id, year, format, agency: previous.agency, now: options.now });
  const values: Record<string, number | null> = {};

  for (const col of ENTERED_APPLICANT_COLUMNS) {
    const carried = previous.values[`applications.carryForward.${col.id}`];
    if (carried !== undefined && carried !== null) values[`applications.carriedOver.${col.id}`] = carried;
  }

  // 2019 format: this year's 上一年项目数量 is last year's count plus its 本年增/减.
  if (format === '2019' && previous.format === '2019') {
    for (const cell of cellIndex('2019').entered) {
      if (cell.col !== 'prevCount') continue;
      const count = previous.values[cell.address];
      const change = previous.values[`active.${cell.row}.change`];
      if (typeof count === 'number' && typeof change === 'number') values[cell.address] = count + change;
    }
  }

  return {
    ...draft,
    narrative: Object.fromEntries(
      NARRATIVE_PART_IDS.map((id) => [id, copySections(previous.narrative[id])]),
    ) as Draft['narrative'],
    values,
    units: format === previous.format ? { ...previous.units } : {},
    previous: { id: previous.id, year: previous.year, title: draftTitle(previous) },
  };
}
