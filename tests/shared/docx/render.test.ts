import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../shared/docx';
import { importReport } from '../../../shared/import';
import { draftTitle } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { reportContent } from '../../../shared/report';
import { getFormat, tablesOf } from '../../../shared/templates';
import type { FormatId, TableId } from '../../../shared/templates';
import { filledDraft, fontsConf, loadDraftFixture, reportsDir } from '../../helpers/drafts';

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
  { name: 'shuyang-2023', format: '2021', draft: () => imported('2023-shuyang-development-reform-bureau.txt') },
  { name: 'hongze-2024', format: '2021', draft: () => imported('2024-hongze-district.txt') },
];

/** A real published report, imported: its narrative and tables are what a user's next export looks like. */
function imported(file: string): Draft {
  const bytes = new Uint8Array(readFileSync(path.join(reportsDir, file)));
  const outcome = importReport({ fileName: file, bytes }, { id: file, now: '2025-02-01T08:00:00.000Z' });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.draft;
}

/** Where the text on each page ends, as a share of the text block's height (page numbers below it left out). */
interface PageFill {
  readonly text: string;
  readonly fill: number;
}
const POINTS_PER_MM = 72 / 25.4;

function pageFills(bbox: string): PageFill[] {
  return bbox
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      const top = 37 * POINTS_PER_MM;
      const bottom = height - 35 * POINTS_PER_MM;
      let lowest = top;
      let text = '';
      for (const m of page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        if (Number(m[1]) >= bottom) continue;
        lowest = Math.max(lowest, Number(m[2]));
        text += m[3];
      }
      return { text, fill: (lowest - top) / (bottom - top) };
    });
}

let dir: string;
const pdfText = new Map<string, string>();
const pdfPages = new Map<string, PageFill[]>();

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
    if (!existsSync(pdf)) continue;
    pdfText.set(e.name, (await run('pdftotext', ['-raw', pdf, '-'])).stdout);
    pdfPages.set(e.name, pageFills((await run('pdftotext', ['-bbox', pdf, '-'])).stdout));
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.each(EXPORTS)('LibreOffice renders the $name export', ({ name, format, draft }) => {
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

  const labelsOf = (id: TableId, header: boolean) =>
    getFormat(format)
      .tables[id].rows.filter((r) => (r.header ?? false) === header)
      .flatMap((r) => r.cells.flatMap((c) => (c.type === 'label' ? [squeeze(c.text)] : [])));
  const pages = () => (pdfText.get(name) ?? '').split('\f').map(squeeze);

  it('keeps the short table 四 on one page with its heading', () => {
    const def = getFormat(format);
    const heading = squeeze(def.parts.find((p) => p.id === 'litigation')!.heading);
    const page = pages().findIndex((p) => p.includes(heading));
    expect(page, heading).toBeGreaterThanOrEqual(0);
    for (const label of [...labelsOf('litigation', true), ...labelsOf('litigation', false)])
      expect(pages()[page], label).toContain(label);
  });

  it('repeats the three header rows of table 三 on every page it runs over', () => {
    const body = labelsOf('applications', false);
    const withRows = pages().filter((p) => body.some((label) => p.includes(label)));
    expect(withRows.length).toBeGreaterThan(0);
    for (const page of withRows) for (const label of labelsOf('applications', true)) expect(page).toContain(label);
  });

  it('leaves no page before a table, or before a page a table runs onto, more than a third empty', () => {
    const fills = pdfPages.get(name) ?? [];
    const tableLabels = (['active', 'applications', 'litigation'] as const).flatMap((id) => labelsOf(id, true));
    const headings = getFormat(format)
      .parts.filter((p) => p.kind === 'table')
      .map((p) => squeeze(p.heading));
    fills.forEach((page, i) => {
      if (i === 0) return;
      const text = squeeze(page.text);
      const holdsTable = headings.some((h) => text.includes(h)) || tableLabels.some((l) => text.includes(l));
      if (holdsTable) expect(fills[i - 1]!.fill, `page ${i} before page ${i + 1}`).toBeGreaterThanOrEqual(2 / 3);
    });
  });

  it('prints every 。 of the report: none is lost at the end of a line', () => {
    const content = reportContent(draft());
    const written =
      content.blocks
        // A run-in sub-heading (（一）主动公开情况。) is printed, with its 。, at the start of its paragraph.
        .map((b) => (b.kind === 'paragraph' && b.runIn ? b.runIn.text : '') + ('text' in b ? b.text : ''))
        .join('')
        .split('。').length - 1;
    expect(written).toBeGreaterThan(0);
    expect((pdfText.get(name) ?? '').split('。').length - 1).toBe(written);
  });

  it('prints the title and the six part headings', () => {
    const text = squeeze(pdfText.get(name) ?? '');
    expect(text).toContain(squeeze(draftTitle(draft())));
    for (const part of getFormat(format).parts) expect(text).toContain(squeeze(part.heading));
  });
});
