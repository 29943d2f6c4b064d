import { describe, expect, it } from 'vitest';
import { TextCache } from '../../../../shared/rules/text/cache';

describe('TextCache', () => {
  it('reads each text once while it is held', () => {
    const cache = new TextCache<number>();
    let reads = 0;
    const read = (t: string) => (reads++, t.length);
    expect([cache.through('甲乙', read), cache.through('甲乙', read), cache.through('丙', read)]).toEqual([2, 2, 1]);
    expect(reads).toBe(2);
  });

  it('starts over when the characters held would pass its budget (null is a value too)', () => {
    const cache = new TextCache<number | null>(10);
    cache.set('一二三四五六', null);
    expect(cache.get('一二三四五六')).toBeNull();
    cache.set('七八九十甲乙', 1);
    expect(cache.get('一二三四五六')).toBeUndefined();
    expect(cache.get('七八九十甲乙')).toBe(1);
  });
});
