import { describe, expect, it } from 'vitest';
import { paginate } from '../../renderer/src/logic/pagination';
import type { FlowBlock } from '../../renderer/src/logic/pagination';

/** A paragraph of `lines` lines of 10 px, cut between any two lines. */
const para = (lines: number, keepNext = false): FlowBlock => ({
  height: lines * 10,
  cuts: Array.from({ length: lines - 1 }, (_, k) => (k + 1) * 10),
  keepNext,
  repeat: 0,
});
const heading = (): FlowBlock => ({ height: 10, cuts: [], keepNext: true, repeat: 0 });
const shape = (pages: ReturnType<typeof paginate>) => pages.map((p) => p.map((s) => [s.block, s.from, s.to]));

describe('preview pagination', () => {
  it('fills a page and cuts a paragraph at the last line that fits, going on at the top of the next', () => {
    expect(shape(paginate([para(6), para(6)], 100))).toEqual([
      [
        [0, 0, 60],
        [1, 0, 40],
      ],
      [[1, 40, 60]],
    ]);
  });

  it('moves a heading with the block it heads when nothing of that block fits after it', () => {
    const table: FlowBlock = { height: 50, cuts: [], keepNext: false, repeat: 0 };
    expect(shape(paginate([para(8), heading(), table], 100))).toEqual([
      [[0, 0, 80]],
      [
        [1, 0, 10],
        [2, 0, 50],
      ],
    ]);
  });

  it('repeats a table’s header rows on the page it continues on, and cuts only at its allowed row boundaries', () => {
    // Header 20 px, rows of 20 px; the row after the header may not start a page (no cut at 20).
    const table: FlowBlock = { height: 200, cuts: [40, 60, 80, 100, 120, 140, 160, 180], keepNext: false, repeat: 20 };
    const pages = paginate([para(3), table], 100);
    expect(shape(pages)).toEqual([
      [
        [0, 0, 30],
        [1, 0, 60],
      ],
      [[1, 60, 140]],
      [[1, 140, 200]],
    ]);
  });

  it('lets a block taller than a page without cuts overflow its own page instead of looping', () => {
    const tall: FlowBlock = { height: 250, cuts: [], keepNext: false, repeat: 0 };
    expect(shape(paginate([para(2), tall, para(1)], 100))).toEqual([[[0, 0, 20]], [[1, 0, 250]], [[2, 0, 10]]]);
  });

  it('keeps every pixel of every block exactly once, in order, for any mix of blocks', () => {
    const blocks = [para(30), heading(), para(3), heading(), heading(), para(12), para(1, true), para(2)];
    const pages = paginate(blocks, 100);
    const slices = pages.flat();
    blocks.forEach((b, i) => {
      const own = slices.filter((s) => s.block === i);
      expect(own[0]!.from).toBe(0);
      expect(own[own.length - 1]!.to).toBe(b.height);
      own.slice(1).forEach((s, k) => expect(s.from).toBe(own[k]!.to));
    });
    expect(slices.map((s) => s.block)).toEqual([...slices.map((s) => s.block)].sort((a, b) => a - b));
    for (const p of pages) expect(p.reduce((h, s) => h + s.to - s.from, 0)).toBeLessThanOrEqual(100);
  });
});
