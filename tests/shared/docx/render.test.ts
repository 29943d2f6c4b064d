import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../shared/docx';
import type { Draft } from '../../../shared/model';
import { getFormat, tablesOf } from '../../../shared/templates';
import type { FormatId } from '../../../shared/templates';
import { filledDraft, fontsConf, loadDraftFixture } from '../../helpers/drafts';

const run = promisify(execFile);

/**
 * LibreOffice is the closest thing to Word we can run headless: it must open both exports and print every label of
 * every table. soffice exits 0 even when it could not load a file, so the PDF's existence is the real check; each run
 * gets a fresh profile (two runs sharing one fail) and the team's fontconfig mapping for the 公文 faces.
 */
const EXPORTS: readonly { name: string; format: FormatId; draft: () => Draft }[] = [
  {
    name: 'full-2021',
    format: '2021',
    draft: () => {
      const draft = filledDraft('2021');
      return {
        ...draft,
        processingFees: { ...draft.processingFees!, noticeCount: 1, noticeAmount: 50, collectedAmount: 50 },
      };
    },
  },
  { name: 'quanzhou-2020', format: '2019', draft: () => loadDraftFixture('2020-quanzhou.json') },
];

let dir: string;
const pdfText = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'export-render-'));
  const files: string[] = [];
  for (const e of EXPORTS) {
    const file = path.join(dir, `${e.name}.docx`);
    writeFileSync(file, await buildReportDocx(e.draft()));
    files.push(file);
  }
  const env = { ...process.env, FONTCONFIG_FILE: fontsConf };
  const profile = pathToFileURL(path.join(dir, 'profile')).href;
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      {
        env,
        timeout: 120_000,
      },
    );
  } catch (err) {
    throw new Error(
      `soffice failed or is not installed (apt-get install libreoffice-writer-nogui): ${(err as Error).message}`,
      { cause: err },
    );
  }
  for (const e of EXPORTS) {
    const pdf = path.join(dir, `${e.name}.pdf`);
    if (existsSync(pdf)) pdfText.set(e.name, (await run('pdftotext', ['-raw', pdf, '-'])).stdout);
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.each(EXPORTS)('LibreOffice renders the $name export', ({ name, format }) => {
  it('converts it to a non-empty PDF', () => {
    const pdf = path.join(dir, `${name}.pdf`);
    expect(existsSync(pdf), `${pdf} was not written: LibreOffice could not load the .docx`).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
  });

  it('prints every label of every table', () => {
    const text = squeeze(pdfText.get(name) ?? '');
    for (const table of tablesOf(getFormat(format))) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.type !== 'label') continue;
          // Whole: a merged label cut by a page break would print in two pieces with a header in between.
          expect(text.includes(squeeze(cell.text)), `${table.id}: ${cell.text}`).toBe(true);
        }
      }
    }
  });

  it('prints tables 三 and 四 each on one page with its heading, so no merged label is cut', () => {
    const pages = (pdfText.get(name) ?? '').split('\f').map(squeeze);
    const def = getFormat(format);
    for (const table of tablesOf(def).filter((t) => t.id !== 'active')) {
      const heading = squeeze(def.parts.find((p) => p.id === table.part)!.heading);
      const labels = table.rows.flatMap((r) => r.cells.flatMap((c) => (c.type === 'label' ? [squeeze(c.text)] : [])));
      const page = pages.findIndex((p) => p.includes(heading));
      expect(page, heading).toBeGreaterThanOrEqual(0);
      for (const label of labels) expect(pages[page], `${table.id}: ${label}`).toContain(label);
    }
  });

  it('prints the title and the six part headings', () => {
    const text = squeeze(pdfText.get(name) ?? '');
    expect(text).toContain('政府信息公开工作年度报告');
    for (const part of getFormat(format).parts) expect(text).toContain(squeeze(part.heading));
  });
});
