/**
 * Export of a full 2021 report to .docx (target: median ≤ 30 ms warm), beside its floor: deflating the same XML
 * parts with zlib, which no export can beat since it must at least compress them. Target: export ≤ 10× the floor.
 */
import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { buildReportDocx } from '../../shared/docx';
import { fullReport } from '../fullReport';
import { measure } from '../measure';
import type { Figure, FigureResult } from '../measure';

const OPTIONS = { warmup: 30, iterations: 300 };

let docx: Promise<{ median_ms: number; p95_ms: number }> | undefined;
const measureDocx = () => (docx ??= measure(() => buildReportDocx(fullReport()), OPTIONS));

const figures: Figure[] = [
  {
    name: 'export.docx',
    target: 'median ≤ 30 ms warm',
    run: async (): Promise<FigureResult> => {
      const bytes = await buildReportDocx(fullReport());
      return { ...(await measureDocx()), kib: Math.round(bytes.length / 102.4) / 10 };
    },
  },
  {
    name: 'export.floor',
    target: 'export.docx median ≤ 10× floor',
    run: async (): Promise<FigureResult> => {
      const parts = Object.entries(unzipSync(await buildReportDocx(fullReport())))
        .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
        .map(([, data]) => data);
      const floor = await measure(() => parts.forEach((p) => deflateRawSync(p)), OPTIONS);
      const xmlKib = Math.round(parts.reduce((s, p) => s + p.length, 0) / 102.4) / 10;
      const ratio = Math.round(((await measureDocx()).median_ms / floor.median_ms) * 10) / 10;
      return { ...floor, xml_kib: xmlKib, ratio };
    },
  },
];

export default figures;
