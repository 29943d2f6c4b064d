/**
 * Every figure's target, in one place, so a figure can fail: the runner prints each beside its figure with a pass
 * or fail mark and exits non-zero when one is missed. Figures with no entry here are baselines (printed for
 * comparison, never failing). The numbers are DESIGN.md's "Quality numbers" unless a line says otherwise.
 */
import type { FigureResult } from './measure';

export interface Target {
  /** The result value checked, e.g. `p95_ms`. */
  readonly metric: string;
  /** Passes when the value is at most this. */
  readonly max: number;
}

export const TARGETS: Readonly<Record<string, Target>> = {
  'export.docx': { metric: 'median_ms', max: 30 },
  // The bench's own: an export doing much more than compressing what it writes has slack to find. The floor counts
  // only the parts that change between exports, so the ratio is high by construction: 15–34× measured on the 2-core
  // machine (load-dependent); 40× catches a change that doubles the export's own work.
  'export.floor': { metric: 'ratio', max: 40 },
  // The bench's own: an import is a user waiting on a dialog, as an export is.
  'import.docx': { metric: 'median_ms', max: 50 },
  'import.text': { metric: 'median_ms', max: 50 },
  // Issue 12's: a 6–10 page PDF is read glyph run by glyph run (pdfjs parses its fonts to map glyphs to text).
  'import.pdf': { metric: 'median_ms', max: 300 },
  'import.doc': { metric: 'median_ms', max: 100 },
  'rules.check': { metric: 'median_ms', max: 1 },
  // Issue 11: the whole check (tables and words) on a real report still runs on every keystroke.
  'rules.checkFull': { metric: 'median_ms', max: 2 },
  'store.save': { metric: 'p95_ms', max: 10 },
  'store.list500': { metric: 'median_ms', max: 100 },
  'store.list500.cold': { metric: 'median_ms', max: 100 },
  'ui.keystrokeCommit': { metric: 'p95_ms', max: 5 },
  'ui.keystrokePaint': { metric: 'p95_ms', max: 25 },
  // DESIGN.md states the typing targets for the applications grid; typing in a narrative is held to the same.
  'ui.keystrokeCommit.narrative200k': { metric: 'p95_ms', max: 5 },
  'ui.keystrokePaint.narrative200k': { metric: 'p95_ms', max: 25 },
  'ui.firstPaint': { metric: 'median_ms', max: 300 },
  'ui.firstPaint.cold': { metric: 'median_ms', max: 300 },
  'ui.bundle': { metric: 'kb', max: 250 },
  // Issue 15: 300 reports through `batch` to .xlsx on the 2-core machine, and one CLI command's cold start.
  'batch.300': { metric: 'wall_ms', max: 30_000 },
  'batch.300.memory': { metric: 'mb', max: 600 },
  'cli.coldStart': { metric: 'ratio', max: 10 },
};

/** `median_ms` ≤ 30 → "median ≤ 30 ms"; `ratio` ≤ 10 → "ratio ≤ 10×"; `kb` ≤ 250 → "≤ 250 KB". */
export function describeTarget({ metric, max }: Target): string {
  if (metric.endsWith('_ms')) return `${metric.slice(0, -3)} ≤ ${max} ms`;
  if (metric === 'ratio') return `ratio ≤ ${max}×`;
  if (metric === 'kb') return `≤ ${max} KB`;
  if (metric === 'mb') return `peak ≤ ${max} MB`;
  return `${metric} ≤ ${max}`;
}

export interface Verdict {
  readonly target: string;
  readonly value: number;
  readonly pass: boolean;
}

/** A result without the target's metric (or with NaN there) fails: a figure that measured nothing cannot pass. */
export function checkTarget(result: FigureResult, target: Target): Verdict {
  const value = result[target.metric] ?? NaN;
  return { target: describeTarget(target), value, pass: Number.isFinite(value) && value <= target.max };
}
