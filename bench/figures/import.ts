/**
 * Importing a published report: the 2020 Quanzhou text, an exported 2021 report (.docx), the published 6-page 2024
 * Huaian PDF (exported by WPS) and a 2024 report saved as .doc by LibreOffice, the last two through the Node readers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReportDocx } from '../../shared/docx';
import { importReportFile } from '../../electron/backend/import/readReport';
import { importReport } from '../../shared/import';
import { fullReport } from '../fullReport';
import { measure } from '../measure';
import type { Figure } from '../measure';

const here = path.dirname(fileURLToPath(import.meta.url));
const reports = path.resolve(here, '..', '..', 'tests', 'fixtures', 'reference', 'reports');
const variants = path.resolve(here, '..', '..', 'tests', 'fixtures', 'import');
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
  {
    name: 'import.pdf',
    run: () => {
      const bytes = new Uint8Array(readFileSync(path.join(reports, '2024-huaian-city.pdf')));
      return measure(() => importReportFile({ fileName: 'report.pdf', bytes }, options), { warmup: 3, iterations: 20 });
    },
  },
  {
    name: 'import.doc',
    run: () => {
      const bytes = new Uint8Array(readFileSync(path.join(variants, '2024-shanghai-kewei-libreoffice.doc')));
      return measure(() => importReportFile({ fileName: 'report.doc', bytes }, options), { warmup: 5, iterations: 50 });
    },
  },
];

export default figures;
