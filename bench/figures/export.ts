/**
 * Export of a full 2021 report to .docx (target: median ≤ 30 ms warm), beside its floor: deflating the same XML
 * parts with zlib, which no export can beat since it must at least compress them. Target: export ≤ 10× the floor.
 */
import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { buildReportDocx } from '../../shared/docx';
import { createDraft } from '../../shared/model';
import type { Draft } from '../../shared/model';
import { cellIndex } from '../../shared/templates';
import { measure } from '../measure';
import type { Figure, FigureResult } from '../measure';

function fullReport(): Draft {
  const draft = createDraft({
    id: 'bench',
    year: 2021,
    agency: {
      name: '泉州市统计局',
      address: '泉州市丰泽区',
      phone: '0595-12345678',
      website: 'http://tjj.quanzhou.gov.cn',
    },
    now: '2022-01-20T08:00:00.000Z',
  });
  cellIndex('2021').entered.forEach((cell, i) => (draft.values[cell.address] = cell.kind === 'money' ? 12.5 : i % 17));
  const para = '本年度持续推进政府信息公开工作，主动公开各类信息一百余条，依申请公开办理规范及时。'.repeat(3);
  for (const part of ['overview', 'problems', 'other'] as const) {
    draft.narrative[part] = draft.narrative[part].map((s) => ({ ...s, paragraphs: [para, para] }));
  }
  draft.processingFees = { noticeCount: 0, noticeAmount: 0, collectedAmount: 0, sentence: null };
  return draft;
}

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
