/** Timing helpers shared by the benchmark figures. Benchmarks print figures; tests never assert timings. */

export type FigureResult = Readonly<Record<string, number>>;

export interface Figure {
  /** Dotted name printed and used as the JSON key, e.g. `rules.check`. */
  readonly name: string;
  /** What the target is, for the human-readable output (e.g. "median ≤ 1 ms"). */
  readonly target?: string;
  readonly run: () => Promise<FigureResult> | FigureResult;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function summarize(samples: readonly number[]): { median_ms: number; p95_ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)) };
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times, and returns median and p95 in ms. */
export async function measure(
  fn: () => unknown,
  { warmup = 20, iterations = 200 }: { warmup?: number; iterations?: number } = {},
): Promise<{ median_ms: number; p95_ms: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}
