/**
 * 对照上年: last year's report beside this year's — its value under each cell (totals computed as the format says) and
 * its text of the same part beside the narrative, sub-sections matched by heading where they can be.
 */
import { cellIndex } from '../../../shared/templates';
import { draftCellValues, formatCellValue } from '../../../shared/model';
import type { Draft, Section } from '../../../shared/model';

/** Last year's value of each of this year's cells, as the grid shows it under the cell. */
export type LastYearCells = ReadonlyMap<string, string>;

/**
 * Last year's value per cell address, as text: "—" for a cell it left empty, the unit after a money value when the
 * cell has a unit choice (2019: 元 or 万元). Cells last year's format does not have are left out.
 */
export function lastYearCells(previous: Draft): LastYearCells {
  const values = draftCellValues(previous);
  const cells = new Map<string, string>();
  for (const cell of cellIndex(previous.format).all) {
    const value = values.get(cell.address) ?? null;
    if (value === null) {
      cells.set(cell.address, '—');
      continue;
    }
    const unit = cell.unitChoice ? (previous.units[cell.address] ?? cell.unitChoice[0]) : undefined;
    cells.set(cell.address, formatCellValue(value) + (unit ?? ''));
  }
  return cells;
}

/** A heading without its numbering （一）/一、/1. and without spaces and end punctuation: what it is about. */
export function headingTopic(heading: string): string {
  return heading
    .replace(/^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])\s*/u, '')
    .replace(/[\s。：:；;，,]+/gu, '');
}

export interface LastYearSections {
  /** This year's section id → last year's section shown beside it (none when nothing matched). */
  readonly beside: ReadonlyMap<string, Section>;
  /** Last year's sections that no section of this year matched, in their order. */
  readonly rest: readonly Section[];
}

/**
 * Pairs this year's sub-sections with last year's: first by heading topic (each used once), then the sub-sections
 * left on both sides in order, so a part whose headings were reworded (or left empty) still lines up.
 */
export function matchSections(current: readonly Section[], previous: readonly Section[]): LastYearSections {
  const beside = new Map<string, Section>();
  const used = new Set<Section>();
  const byTopic = new Map<string, Section[]>();
  for (const s of previous) {
    const topic = headingTopic(s.heading);
    if (topic === '') continue;
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), s]);
  }
  for (const s of current) {
    const match = byTopic.get(headingTopic(s.heading))?.find((p) => !used.has(p));
    if (!match) continue;
    beside.set(s.id, match);
    used.add(match);
  }
  const leftPrevious = previous.filter((p) => !used.has(p));
  const leftCurrent = current.filter((s) => !beside.has(s.id));
  leftCurrent.forEach((s, i) => {
    const p = leftPrevious[i];
    if (p) {
      beside.set(s.id, p);
      used.add(p);
    }
  });
  return { beside, rest: previous.filter((p) => !used.has(p)) };
}
