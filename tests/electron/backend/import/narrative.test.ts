/**
 * The narrative of a PDF or .doc comes back paragraph for paragraph as the same report's web page gives it: the
 * paragraphs told from the PDF's line geometry, run-in sub-headings, the 引言, no spaces from extraction.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReportFile } from '../../../../electron/backend/import/readReport';
import { withoutExtractionSpaces } from '../../../../shared/import/spaces';
import type { Draft } from '../../../../shared/model';
import { repoRoot } from '../../../helpers/drafts';

const variantsDir = path.join(repoRoot, 'tests', 'fixtures', 'import');

async function imported(file: string): Promise<Draft> {
  const bytes = new Uint8Array(readFileSync(path.join(variantsDir, file)));
  const outcome = await importReportFile(
    { fileName: file, bytes },
    { id: 'imported', now: '2025-02-01T08:00:00.000Z' },
  );
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.draft;
}

/** What a draft's text reads as, with the spaces the web page's author typed taken out as extraction takes them. */
const narrativeOf = (draft: Draft, tidy: (s: string) => string = (s) => s) => ({
  agency: draft.agency.name,
  opening: draft.opening === null ? null : tidy(draft.opening),
  narrative: (['overview', 'problems', 'other'] as const).map((part) =>
    draft.narrative[part].map((s) => ({ heading: tidy(s.heading), paragraphs: s.paragraphs.map(tidy) })),
  ),
});

describe('the narrative of a PDF or .doc as published', () => {
  it.each(['2020-quanzhou-chromium.pdf', '2020-quanzhou-libreoffice.pdf'])(
    '%s: paragraph for paragraph the web page’s narrative',
    async (file) => {
      // The page's 下载网址: http://… has a space where the PDF wraps the line: a PDF has no space at a line end.
      const tidy = (text: string) => withoutExtractionSpaces(text).replace(/: (?=http)/g, ':');
      const page = narrativeOf(await imported('2020-quanzhou.html'), tidy);
      expect(narrativeOf(await imported(file), tidy)).toEqual(page);
    },
  );

  it('2020-quanzhou-libreoffice.doc: paragraph for paragraph the web page’s narrative, spaces as typed', async () => {
    expect(narrativeOf(await imported('2020-quanzhou-libreoffice.doc'))).toEqual(
      narrativeOf(await imported('2020-quanzhou.html')),
    );
  });
});
