import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDraft, parseDraftText } from '../../shared/model';
import type { Draft } from '../../shared/model';
import { cellIndex, ENTERED_APPLICANT_COLUMNS } from '../../shared/templates';
import type { FormatId } from '../../shared/templates';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
/**
 * The public reference material the tests and the bench read: real published reports with their hand-read expected
 * values, the official 2021 template and the LibreOffice font map. A copy lives in the repo so that a fresh clone
 * passes on its own (never the team folder beside the repo; not to be confused with the source folder shared/).
 */
export const referenceDir = path.join(repoRoot, 'tests', 'fixtures', 'reference');
export const reportsDir = path.join(referenceDir, 'reports');
export const officialTemplate2021 = path.join(referenceDir, 'official-template-2021.docx');
export const fontsConf = path.join(referenceDir, 'fonts.conf');

export function loadDraftFixture(name: string): Draft {
  const parsed = parseDraftText(readFileSync(path.join(repoRoot, 'tests/fixtures/drafts', name), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export const NOW = '2025-01-10T08:00:00.000Z';

/**
 * A draft with every entered cell filled and table 三 balanced in every column: each column receives
 * new + carriedOver applications and splits them over the result rows and carryForward.
 */
export function filledDraft(format: FormatId, year = format === '2019' ? 2020 : 2024): Draft {
  const draft = createDraft({ id: `filled-${format}`, year, format, agency: { name: '某某市统计局' }, now: NOW });
  const values: Record<string, number> = {};
  cellIndex(format).entered.forEach((cell, i) => {
    values[cell.address] = cell.kind === 'money' ? 12.5 : i % 7;
  });
  ENTERED_APPLICANT_COLUMNS.forEach((col, c) => {
    const results = cellIndex(format).entered.filter(
      (cell) =>
        cell.table === 'applications' &&
        cell.col === col.id &&
        !['new', 'carriedOver', 'carryForward'].includes(cell.row),
    );
    let handled = 0;
    results.forEach((cell, r) => {
      values[cell.address] = (r + c) % 3;
      handled += values[cell.address]!;
    });
    values[`applications.carriedOver.${col.id}`] = c;
    values[`applications.carryForward.${col.id}`] = 2;
    values[`applications.new.${col.id}`] = handled + 2 - c;
  });
  const paragraphs = ['本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》。'];
  return {
    ...draft,
    values,
    narrative: {
      overview: draft.narrative.overview.map((s) => ({ ...s, paragraphs })),
      problems: [{ id: 'problems-1', heading: '', paragraphs }],
      other: [{ id: 'other-1', heading: '', paragraphs }],
    },
    processingFees: draft.processingFees
      ? { ...draft.processingFees, noticeCount: 0, noticeAmount: 0, collectedAmount: 0 }
      : null,
  };
}
