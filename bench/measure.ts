/** Timing helpers shared by the benchmark figures. Benchmarks print figures; tests never assert timings. */

export type FigureResult = Readonly<Record<string, number>>;

export interface Figure {
  /** Dotted name printed and used as the JSON key, e.g. `rules.check`; its target is in targets.ts. */
  readonly name: string;
  readonly run: () => Promise<FigureResult> | FigureResult;
}

export type Summary = {
  readonly median_ms: number;
  readonly p95_ms: number;
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)) };
}

/** How much slower `a` is than a baseline `b`, median for median and p95 for p95 (each rounded like a summary). */
export function difference(a: Summary, b: Summary): Summary {
  return { median_ms: round(a.median_ms - b.median_ms), p95_ms: round(a.p95_ms - b.p95_ms) };
}

/**
 * The median of the pairwise ratios a[i] / b[i], to one decimal. Pairs measured together see the same machine
 * state, so a busy moment slows both sides of a pair and cancels out, where a ratio of two medians taken apart does
 * not.
 */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('medianRatio: the two sample lists differ in length');
  const ratios = a.map((x, i) => x / b[i]!).sort((x, y) => x - y);
  return Math.round(percentile(ratios, 50) * 10) / 10;
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times, and returns median and p95 in ms. */
export async function measure(
  fn: () => unknown,
  { warmup = 20, iterations = 200 }: { warmup?: number; iterations?: number } = {},
): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/**
 * Times `a` and `b` in one loop, both in every iteration, `a` first in even iterations and `b` first in odd ones
 * (so neither always runs on the other's warm caches), and returns each one's samples in ms, index by index paired.
 * `clock` is for tests.
 */
export async function measureInterleaved(
  a: () => unknown,
  b: () => unknown,
  { warmup = 20, iterations = 200 }: { warmup?: number; iterations?: number } = {},
  clock: () => number = () => performance.now(),
): Promise<{ a: number[]; b: number[] }> {
  const time = async (fn: () => unknown) => {
    const start = clock();
    await fn();
    return clock() - start;
  };
  const samples = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < warmup + iterations; i++) {
    let ta: number;
    let tb: number;
    if (i % 2 === 0) {
      ta = await time(a);
      tb = await time(b);
    } else {
      tb = await time(b);
      ta = await time(a);
    }
    if (i >= warmup) {
      samples.a.push(ta);
      samples.b.push(tb);
    }
  }
  return samples;
}
