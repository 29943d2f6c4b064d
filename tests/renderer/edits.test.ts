import { describe, expect, it } from 'vitest';
import { deadlineText } from '../../renderer/src/logic/deadline';
import {
  addSection,
  emptyCount,
  fillEmptyWithZero,
  moveSection,
  removeSection,
  sectionText,
  setCell,
  textParagraphs,
  updateSection,
} from '../../renderer/src/logic/edits';
import { indexFindings } from '../../renderer/src/logic/findings';
import { createDraft, draftSchema } from '../../shared/model';
import { checkDraft } from '../../shared/rules';

const draft = createDraft({ id: 'd1', year: 2021, now: '2022-01-05T00:00:00.000Z' });

describe('draft edits', () => {
  it('sets and clears a cell, storing no null', () => {
    const set = setCell(draft, 'applications.new.natural', 4);
    expect(set.values['applications.new.natural']).toBe(4);
    const cleared = setCell(set, 'applications.new.natural', null);
    expect('applications.new.natural' in cleared.values).toBe(false);
    expect(setCell(cleared, 'applications.new.natural', null)).toBe(cleared);
  });

  it('空白填0 fills only the empty entered cells of one table, and the draft stays valid', () => {
    const one = setCell(draft, 'litigation.cases.reviewUpheld', 3);
    const filled = fillEmptyWithZero(one, 'litigation');
    expect(filled.values['litigation.cases.reviewUpheld']).toBe(3);
    expect(emptyCount(filled, 'litigation')).toBe(0);
    expect(emptyCount(filled, 'applications')).toBeGreaterThan(0);
    expect(draftSchema.safeParse(filled).success).toBe(true);
  });

  it('adds, moves and removes sub-sections with ids unique in the draft', () => {
    let d = addSection(draft, 'overview', 5);
    const added = d.narrative.overview[5]!;
    expect(
      new Set(
        Object.values(d.narrative)
          .flat()
          .map((s) => s.id),
      ).size,
    ).toBe(Object.values(d.narrative).flat().length);
    d = moveSection(d, 'overview', added.id, -1);
    expect(d.narrative.overview[4]!.id).toBe(added.id);
    expect(moveSection(d, 'overview', d.narrative.overview[0]!.id, -1)).toBe(d);
    d = removeSection(d, 'overview', added.id);
    expect(d.narrative.overview.map((s) => s.heading)).toEqual(draft.narrative.overview.map((s) => s.heading));
  });

  it('keeps one paragraph per line of the section text, exactly', () => {
    const id = draft.narrative.problems[0]!.id;
    const d = updateSection(draft, 'problems', id, { paragraphs: textParagraphs('第一段\n\n第三段') });
    expect(d.narrative.problems[0]!.paragraphs).toEqual(['第一段', '', '第三段']);
    expect(sectionText(d.narrative.problems[0]!)).toBe('第一段\n\n第三段');
  });
});

describe('findings index', () => {
  it('marks the cells of applications.balance as errors and counts them under part 三', () => {
    const d = setCell(draft, 'applications.new.natural', 5);
    const index = indexFindings(checkDraft(d));
    const balance = checkDraft(d).find((f) => f.rule === 'applications.balance')!;
    expect(balance.cells.length).toBeGreaterThan(0);
    for (const c of balance.cells) expect(index.byCell.get(c)).toBe('error');
    expect(index.byPart.applications.errors).toBeGreaterThan(0);
  });
});

describe('deadline', () => {
  it('counts days left to 1月31日 for a department and 3月31日 for a government', () => {
    const today = new Date(2022, 0, 20);
    const createdAt = '2021-12-01T08:00:00.000Z';
    expect(deadlineText({ agency: draft.agency, year: 2021, createdAt }, today).text).toBe(
      '发布期限 2022年1月31日 · 还有11天',
    );
    const gov = { ...draft.agency, kind: 'government' as const };
    expect(deadlineText({ agency: gov, year: 2021, createdAt }, today).text).toContain('2022年3月31日');
    expect(deadlineText({ agency: draft.agency, year: 2021, createdAt }, new Date(2022, 1, 2)).overdue).toBe(true);
  });
});

describe('route', () => {
  it('round-trips the open draft and part through the hash, and refuses anything else', async () => {
    const { parseRoute, routeHash } = await import('../../renderer/src/logic/route');
    expect(parseRoute(routeHash({ draftId: 'ab-1_x', part: 'applications' }))).toEqual({
      draftId: 'ab-1_x',
      part: 'applications',
    });
    expect(parseRoute('#/draft/abc')).toEqual({ draftId: 'abc', part: 'front' });
    expect(parseRoute('#/draft/../etc')).toBeNull();
    expect(parseRoute('')).toBeNull();
  });
});
