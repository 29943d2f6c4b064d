/** Findings indexed for the editor: the worst severity per cell, and counts per part for the navigation. */
import type { Finding, Severity } from '../../../shared/rules';
import type { PartId } from '../../../shared/templates';

export type NavTarget = 'front' | PartId;

export interface PartCounts {
  errors: number;
  warnings: number;
}

export interface FindingIndex {
  readonly byCell: ReadonlyMap<string, Severity>;
  readonly byPart: Readonly<Record<NavTarget, PartCounts>>;
  readonly errors: number;
  readonly warnings: number;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * The part a finding belongs to: its own, the front matter for the title and the opening paragraph's text, or the table
 * of its first cell (table ids are part ids).
 */
export function partOf(finding: Finding): NavTarget | null {
  if (finding.part) return finding.part;
  if (finding.text?.part === 'opening' || finding.rule === 'title.pattern') return 'front';
  const table = finding.cells[0]?.split('.')[0];
  return (table as PartId | undefined) ?? null;
}

export function indexFindings(findings: readonly Finding[]): FindingIndex {
  const byCell = new Map<string, Severity>();
  const empty = (): PartCounts => ({ errors: 0, warnings: 0 });
  const byPart: Record<NavTarget, PartCounts> = {
    front: empty(),
    overview: empty(),
    active: empty(),
    applications: empty(),
    litigation: empty(),
    problems: empty(),
    other: empty(),
  };
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    if (f.severity === 'warning') warnings++;
    const part = partOf(f);
    if (part && f.severity !== 'info') byPart[part][f.severity === 'error' ? 'errors' : 'warnings']++;
    // value.empty lists every empty cell of a table: shown in the panel, not painted on each cell.
    if (f.rule === 'value.empty') continue;
    for (const cell of f.cells) {
      const prev = byCell.get(cell);
      if (!prev || RANK[f.severity] > RANK[prev]) byCell.set(cell, f.severity);
    }
  }
  return { byCell, byPart, errors, warnings };
}

/** Paragraphs text.unchanged found carried over from last year, by sub-section id: the editor's 沿用上年 marks. */
export interface CarriedOver {
  readonly year: number;
  /** Paragraph indexes in the sub-section, ascending. */
  readonly paragraphs: readonly number[];
}

export function carriedOverParagraphs(findings: readonly Finding[]): ReadonlyMap<string, CarriedOver> {
  const bySection = new Map<string, { year: number; paragraphs: number[] }>();
  for (const f of findings) {
    const id = f.text?.sectionId;
    if (f.rule !== 'text.unchanged' || !f.previous || !id) continue;
    const entry = bySection.get(id) ?? { year: f.previous.year, paragraphs: [] };
    entry.paragraphs.push(f.text!.paragraph);
    bySection.set(id, entry);
  }
  for (const entry of bySection.values()) entry.paragraphs.sort((a, b) => a - b);
  return bySection;
}
