import { describe, expect, it } from 'vitest';
import { difference, measureInterleaved, medianRatio, percentile, summarize } from '../../bench/measure';

describe('percentile and summarize', () => {
  it('takes the nearest-rank percentile of sorted samples', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });

  it('gives NaN for no samples, so a figure that measured nothing cannot pass', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes unsorted samples as median and p95, rounded to the microsecond', () => {
    expect(summarize([3.00004, 1, 2])).toEqual({ median_ms: 2, p95_ms: 3 });
  });
});

describe('difference', () => {
  it('subtracts the baseline median from the median and p95 from p95', () => {
    expect(difference({ median_ms: 17.5, p95_ms: 20.25 }, { median_ms: 16.6, p95_ms: 17.05 })).toEqual({
      median_ms: 0.9,
      p95_ms: 3.2,
    });
  });
});

describe('medianRatio', () => {
  it('is the median of the pairwise ratios, not the ratio of the medians', () => {
    // Medians 10 / 2 = 5, but every pair says 2× or 10×, mostly 10×.
    expect(medianRatio([10, 20, 100], [1, 10, 10])).toBe(10);
  });

  it('refuses lists of different lengths', () => {
    expect(() => medianRatio([1, 2], [1])).toThrow(/length/);
  });
});

describe('measureInterleaved', () => {
  it('runs both in every iteration, swapping which goes first, and pairs the samples after the warm-up', async () => {
    const order: string[] = [];
    let now = 0;
    const clock = () => now;
    const a = () => {
      order.push('a');
      now += 3;
    };
    const b = () => {
      order.push('b');
      now += 1;
    };
    const samples = await measureInterleaved(a, b, { warmup: 1, iterations: 3 }, clock);
    expect(order.join('')).toBe('abbaabba');
    expect(samples).toEqual({ a: [3, 3, 3], b: [1, 1, 1] });
  });
});
