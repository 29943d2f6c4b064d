import { describe, expect, it } from 'vitest';
import { findInDraft, hitRange, occurrences } from '../../renderer/src/logic/find';
import { createDraft } from '../../shared/model';
import type { Draft } from '../../shared/model';

const base = createDraft({ id: 'd1', year: 2021, now: '2022-01-05T00:00:00.000Z' });
const draft: Draft = {
  ...base,
  title: '某市统计局2021年政府信息公开工作年度报告',
  narrative: {
    ...base.narrative,
    overview: [{ id: 'o1', heading: '（一）主动公开', paragraphs: ['主动公开信息120条。', '其中主动公开文件30件。'] }],
    problems: [{ id: 'p1', heading: '', paragraphs: ['主动性不足。'] }],
  },
};

describe('查找 across the draft', () => {
  it('finds every occurrence, non-overlapping and regardless of Latin case', () => {
    expect(occurrences('aAaa', 'aa')).toEqual([0, 2]);
    expect(occurrences('abc', '')).toEqual([]);
  });

  it('lists hits in report order: title, opening, then each part’s headings and bodies', () => {
    const hits = findInDraft(draft, '主动');
    expect(hits.map((h) => [h.place, h.occurrence])).toEqual([
      [{ kind: 'section', part: 'overview', section: 'o1', field: 'heading' }, 0],
      [{ kind: 'section', part: 'overview', section: 'o1', field: 'text' }, 0],
      [{ kind: 'section', part: 'overview', section: 'o1', field: 'text' }, 1],
      [{ kind: 'section', part: 'problems', section: 'p1', field: 'text' }, 0],
    ]);
    expect(findInDraft(draft, '统计局')[0]!.place).toEqual({ kind: 'front', field: 'title' });
    expect(findInDraft(draft, '  ')).toEqual([]);
  });

  it('places a hit’s selection by its occurrence in the field’s text', () => {
    const text = '主动公开信息120条。\n其中主动公开文件30件。';
    expect(hitRange(text, '主动', 1)).toEqual({ start: 14, end: 16 });
    expect(hitRange(text, '主动', 2)).toBeNull();
  });
});
