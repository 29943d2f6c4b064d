import { describe, expect, it } from 'vitest';
import { createDraft } from '../../shared/model';
import type { Section } from '../../shared/model';
import { chineseOrdinal, renumberHeadings, sectionHasText } from '../../renderer/src/logic/headingNumbers';
import { moveSection, removeSection, restoreSection, updateSection } from '../../renderer/src/logic/edits';

const section = (id: string, heading: string, text = ''): Section => ({ id, heading, paragraphs: [text] });
const headings = (sections: readonly Section[]) => sections.map((s) => s.heading);
const draft = createDraft({ id: 'd1', year: 2021, now: '2022-01-05T00:00:00.000Z' });

describe('sub-section heading numbers', () => {
  it('writes 1–99 as Chinese ordinals', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseOrdinal)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
  });

  it('renumbers only headings with a bracketed Chinese ordinal, keeping their bracket style and words', () => {
    const sections = [
      section('a', '（三）政府信息管理'),
      section('b', '工作亮点'),
      section('c', '(一) 主动公开'),
      section('d', ''),
      section('e', '（十二）其他'),
    ];
    expect(headings(renumberHeadings(sections))).toEqual([
      '（一）政府信息管理',
      '工作亮点',
      '(二) 主动公开',
      '',
      '（三）其他',
    ]);
  });

  it('returns the same array when the numbers are already in order', () => {
    const sections = [section('a', '（一）甲'), section('b', '乙'), section('c', '（二）丙')];
    expect(renumberHeadings(sections)).toBe(sections);
  });

  it('renumbers part 一 after ↑/↓ and 删除, and a restored section gets its number back', () => {
    const ids = draft.narrative.overview.map((s) => s.id);
    let d = moveSection(draft, 'overview', ids[2]!, -1);
    expect(headings(d.narrative.overview).slice(0, 3)).toEqual([
      '（一）主动公开',
      '（二）政府信息管理',
      '（三）依申请公开',
    ]);
    d = updateSection(d, 'overview', ids[0]!, { paragraphs: ['本年度主动公开信息120条。'] });
    const removed = d.narrative.overview[0]!;
    d = removeSection(d, 'overview', removed.id);
    expect(headings(d.narrative.overview)).toEqual([
      '（一）政府信息管理',
      '（二）依申请公开',
      '（三）政府信息公开平台建设',
      '（四）监督保障',
    ]);
    d = restoreSection(d, 'overview', removed, 0);
    expect(d.narrative.overview[0]).toEqual(removed);
    expect(headings(d.narrative.overview)[1]).toBe('（二）政府信息管理');
    expect(restoreSection(d, 'overview', removed, 0)).toBe(d);
  });

  it('counts a section as having text only when a paragraph is not blank', () => {
    expect(sectionHasText(section('a', '（一）标题', '  '))).toBe(false);
    expect(sectionHasText(section('a', '', '正文'))).toBe(true);
  });
});
