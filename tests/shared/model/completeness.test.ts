import { describe, expect, it } from 'vitest';
import { createDraft, draftCompleteness } from '../../../shared/model';
import { cellIndex } from '../../../shared/templates';
import type { Draft } from '../../../shared/model';
import { checkDraft } from '../../../shared/rules';

const draft = createDraft({ id: 'd1', year: 2021, now: '2022-01-05T00:00:00.000Z' });

describe('draft completeness', () => {
  it('counts an empty draft as 0 of every entered cell filled, with all narrative parts empty', () => {
    const c = draftCompleteness(draft);
    expect(c.filledCells).toBe(0);
    expect(c.totalCells).toBe(cellIndex('2021').entered.length);
    expect(c.totalCells).toBeGreaterThan(100);
    expect(c.emptyParts).toEqual(['overview', 'problems', 'other']);
    expect(c.warnings).toBe(0);
  });

  it('counts filled entered cells (0 included), never the computed totals', () => {
    const d: Draft = {
      ...draft,
      values: { 'applications.new.natural': 5, 'applications.new.business': 0 },
    };
    expect(draftCompleteness(d).filledCells).toBe(2);
  });

  it('treats a part as written once a paragraph has text; 2021 六 also by its fee sentence', () => {
    const overview = draft.narrative.overview.map((s, i) => (i === 2 ? { ...s, paragraphs: ['  ', '有内容'] } : s));
    const problems = draft.narrative.problems.map((s) => ({ ...s, paragraphs: ['　 '] }));
    const d: Draft = {
      ...draft,
      narrative: { ...draft.narrative, overview, problems },
      processingFees: { ...draft.processingFees!, noticeCount: 0, noticeAmount: 0, collectedAmount: 0 },
    };
    expect(draftCompleteness(d).emptyParts).toEqual(['problems']);
  });

  it('counts the open warnings among the findings it is given', () => {
    const findings = checkDraft(draft);
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect(draftCompleteness(draft, findings).warnings).toBe(warnings);
  });
});
