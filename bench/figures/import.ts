/** Importing a published report: the 2020 Quanzhou text and an exported 2021 report (.docx). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReportDocx } from '../../shared/docx';
import { importReport } from '../../shared/import';
import { fullReport } from '../fullReport';
import { measure } from '../measure';
import type { Figure } from '../measure';

const here = path.dirname(fileURLToPath(import.meta.url));
const reports = path.resolve(here, '..', '..', 'tests', 'fixtures', 'reference', 'reports');
const options = { id: 'bench', now: '2025-02-01T08:00:00.000Z' };

const figures: Figure[] = [
  {
    name: 'import.text',
    run: () => {
      const bytes = new Uint8Array(readFileSync(path.join(reports, '2020-quanzhou-statistics-bureau.txt')));
      return measure(() => importReport({ fileName: 'report.txt', bytes }, options), { warmup: 10, iterations: 100 });
    },
  },
  {
    name: 'import.docx',
    run: async () => {
      const bytes = await buildReportDocx(fullReport());
      return measure(() => importReport({ fileName: 'report.docx', bytes }, options), { warmup: 10, iterations: 100 });
    },
  },
];

export default figures;
