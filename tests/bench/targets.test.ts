import { describe, expect, it } from 'vitest';
import { checkTarget, describeTarget, TARGETS } from '../../bench/targets';

describe('describeTarget', () => {
  it('names the metric and its unit', () => {
    expect(describeTarget({ metric: 'median_ms', max: 30 })).toBe('median ≤ 30 ms');
    expect(describeTarget({ metric: 'p95_ms', max: 5 })).toBe('p95 ≤ 5 ms');
    expect(describeTarget({ metric: 'ratio', max: 10 })).toBe('ratio ≤ 10×');
    expect(describeTarget({ metric: 'kb', max: 250 })).toBe('≤ 250 KB');
    expect(describeTarget({ metric: 'mb', max: 600 })).toBe('peak ≤ 600 MB');
  });
});

describe('checkTarget', () => {
  const target = { metric: 'p95_ms', max: 25 };

  it('passes at or under the target and fails over it', () => {
    expect(checkTarget({ median_ms: 30, p95_ms: 25 }, target)).toEqual({
      target: 'p95 ≤ 25 ms',
      value: 25,
      pass: true,
    });
    expect(checkTarget({ median_ms: 1, p95_ms: 25.001 }, target).pass).toBe(false);
  });

  it('fails a result that lacks the metric or measured NaN', () => {
    expect(checkTarget({ median_ms: 1 }, target).pass).toBe(false);
    expect(checkTarget({ p95_ms: NaN }, target).pass).toBe(false);
  });
});

describe('TARGETS', () => {
  it('holds DESIGN.md quality numbers: export 30 ms, keystroke commit 5 ms p95, paint 25 ms p95, first paint 300 ms', () => {
    expect(TARGETS['export.docx']).toEqual({ metric: 'median_ms', max: 30 });
    expect(TARGETS['ui.keystrokeCommit']).toEqual({ metric: 'p95_ms', max: 5 });
    expect(TARGETS['ui.keystrokePaint']).toEqual({ metric: 'p95_ms', max: 25 });
    expect(TARGETS['ui.firstPaint']).toEqual({ metric: 'median_ms', max: 300 });
    expect(TARGETS['ui.firstPaint.cold']).toEqual({ metric: 'median_ms', max: 300 });
  });
});
