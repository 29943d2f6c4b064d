/** Importing a published report: the 2020 Quanzhou text and an exported 2021 report (.docx). Target ≤ 50 ms median. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReportDocx } from '../../shared/docx';
import { importReport } from '../../shared/import';
import { createDraft } from '../../shared/model';
import { cellIndex } from '../../shared/templates';
import { measure } from '../measure';
import type { Figure } from '../measure';

const here = path.dirname(fileURLToPath(import.meta.url));
const reports = path.resolve(here, '..', '..', '..', 'shared', 'fixtures', 'reports');
const options = { id: 'bench', now: '2025-02-01T08:00:00.000Z' };

async function exported2021(): Promise<Uint8Array> {
  const draft = createDraft({ id: 'bench', year: 2021, agency: { name: '泉州市统计局' }, now: options.now });
  cellIndex('2021').entered.forEach((cell, i) => (draft.values[cell.address] = i % 17));
  const para = '本年度持续推进政府信息公开工作，主动公开各类信息一百余条，依申请公开办理规范及时。'.repeat(3);
  for (const part of ['overview', 'problems', 'other'] as const) {
    draft.narrative[part] = draft.narrative[part].map((s) => ({ ...s, paragraphs: [para, para] }));
  }
  return buildReportDocx(draft);
}

const figures: Figure[] = [
  {
    name: 'import.text',
    target: 'median ≤ 50 ms',
    run: () => {
      const bytes = new Uint8Array(readFileSync(path.join(reports, '2020-quanzhou-statistics-bureau.txt')));
      return measure(() => importReport({ fileName: 'report.txt', bytes }, options), { warmup: 10, iterations: 100 });
    },
  },
  {
    name: 'import.docx',
    target: 'median ≤ 50 ms',
    run: async () => {
      const bytes = await exported2021();
      return measure(() => importReport({ fileName: 'report.docx', bytes }, options), { warmup: 10, iterations: 100 });
    },
  },
];

export default figures;
