/**
 * Export of a full 2021 report to .docx, beside its floor: deflating, with zlib, the parts that differ from one
 * export to the next. No export can beat that, since it must at least compress what it newly wrote; the parts that
 * are the same in every export (styles, fonts, settings, theme…) could be compressed once per process, so their
 * cost is counted once, outside the loop (`constant_ms`), not in the floor. The export and the floor are timed in
 * one loop, alternately, so both see the same machine state, and `ratio` is the median of the per-iteration
 * ratios: on a busy machine a ratio of two medians measured apart drifted by a third from run to run.
 */
import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { buildReportDocxSync } from '../../shared/docx';
import { fullReport } from '../fullReport';
import { measure, measureInterleaved, medianRatio, summarize } from '../measure';
import type { Figure, FigureResult } from '../measure';

const OPTIONS = { warmup: 30, iterations: 300 };
/** The export's own deflate level (shared/docx/package.ts). */
const LEVEL = 6;

const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;
const deflateAll = (parts: readonly Uint8Array[]) => parts.forEach((p) => deflateRawSync(p, { level: LEVEL }));

let cached: Promise<{ docx: FigureResult; floor: FigureResult }> | undefined;

function run() {
  cached ??= (async () => {
    const draft = fullReport();
    const parts = unzipSync(buildReportDocxSync(draft));
    // Another report (other year, so other title, dates and body) tells the varying parts from the constant ones.
    const other = unzipSync(buildReportDocxSync(fullReport({ id: 'other', year: 2022 })));
    const same = (name: string) => {
      const a = parts[name]!;
      const b = other[name];
      return b !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);
    };
    const names = Object.keys(parts);
    const varying = names.filter((n) => !same(n)).map((n) => parts[n]!);
    const constant = names.filter(same).map((n) => parts[n]!);
    if (varying.length === 0 || constant.length === 0)
      throw new Error('export.floor: expected varying and constant parts');

    // What those cost once (warmed up like the loop below: a single cold call times zlib's loading, not deflate).
    const constantMs = (await measure(() => deflateAll(constant), { warmup: 10, iterations: 30 })).median_ms;

    const samples = measureInterleaved(
      () => buildReportDocxSync(draft),
      () => deflateAll(varying),
      OPTIONS,
    );
    const { a: exportMs, b: floorMs } = await samples;
    const size = (list: readonly Uint8Array[]) => kib(list.reduce((s, p) => s + p.length, 0));
    return {
      docx: { ...summarize(exportMs), kib: kib(buildReportDocxSync(draft).length) },
      floor: {
        ...summarize(floorMs),
        varying_kib: size(varying),
        constant_kib: size(constant),
        constant_ms: constantMs,
        ratio: medianRatio(exportMs, floorMs),
      },
    };
  })();
  return cached;
}

const figures: Figure[] = [
  { name: 'export.docx', run: async () => (await run()).docx },
  { name: 'export.floor', run: async () => (await run()).floor },
];

export default figures;
