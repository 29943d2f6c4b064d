import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { omittedHeadings, reportContent } from '../../../shared/report';
import { filledDraft, NOW } from '../../helpers/drafts';

const headingsOf = (draft: Draft) =>
  reportContent(draft).blocks.flatMap((b) => (b.kind === 'heading' && b.level > 1 ? [b.text] : []));

describe('which sub-section headings the report prints', () => {
  it('names every standard sub-heading of a new, empty draft as left out, and prints none of them', () => {
    const draft = createDraft({ id: 'd', year: 2024, format: '2021', agency: { name: '某局' }, now: NOW });
    expect(headingsOf(draft)).toEqual([]);
    expect(omittedHeadings(draft).map((o) => [o.part, o.heading])).toEqual(
      draft.narrative.overview.map((s) => ['overview', s.heading]),
    );
  });

  it('prints a heading with text under it and names nothing as left out', () => {
    const draft = filledDraft('2021');
    expect(headingsOf(draft)).toContain('（一）主动公开');
    expect(omittedHeadings(draft)).toEqual([]);
  });

  it('keeps a （一） heading whose text stands in its 1. sub-sections, and leaves out an empty 1. heading', () => {
    const draft: Draft = {
      ...filledDraft('2021'),
      narrative: {
        ...filledDraft('2021').narrative,
        problems: [
          { id: 'a', heading: '（一）存在的问题', paragraphs: [] },
          { id: 'b', heading: '1.问题一', paragraphs: ['问题。'] },
          { id: 'c', heading: '2.问题二', paragraphs: [''] },
          { id: 'd', heading: '（二）改进情况', paragraphs: [] },
        ],
      },
    };
    expect(headingsOf(draft)).toEqual(expect.arrayContaining(['（一）存在的问题', '1.问题一']));
    expect(omittedHeadings(draft)).toEqual([
      { part: 'problems', sectionId: 'c', heading: '2.问题二' },
      { part: 'problems', sectionId: 'd', heading: '（二）改进情况' },
    ]);
  });
});
