import { describe, expect, it } from 'vitest';
import { exportReview, needsReview } from '../../renderer/src/logic/exportReview';
import type { Draft } from '../../shared/model';
import { checkDraft } from '../../shared/rules';
import type { Finding } from '../../shared/rules';
import { filledDraft, loadDraftFixture } from '../helpers/drafts';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'applications.balance',
  severity: 'warning',
  cells: [],
  message: 'm',
  key: over.message ?? 'm',
  ...over,
});

describe('what the export dialog lists', () => {
  it('groups open errors and warnings by part in the editor’s order, errors first, and leaves notes out', () => {
    const draft = filledDraft('2021');
    const findings = [
      finding({ severity: 'warning', message: 'w-other', part: 'other' }),
      finding({ severity: 'info', message: 'note', part: 'overview' }),
      finding({ severity: 'warning', message: 'w-app', cells: ['applications.new.natural'] }),
      finding({ severity: 'error', message: 'e-app', cells: ['applications.total.natural'] }),
      finding({ severity: 'warning', rule: 'deadline', message: 'late' }),
    ];
    const review = exportReview(draft, findings);
    expect(review.groups.map((g) => [g.part, g.findings.map((f) => f.message)])).toEqual([
      ['applications', ['e-app', 'w-app']],
      ['other', ['w-other']],
      [null, ['late']],
    ]);
    expect([review.errors, review.warnings]).toEqual([1, 3]);
  });

  it('leaves out a warning marked 已核实, but never an error with the same key', () => {
    const confirmedAt = '2025-01-10T08:00:00.000Z';
    const draft: Draft = {
      ...filledDraft('2021'),
      confirmations: [
        { key: 'w', reason: '已核实', confirmedAt },
        { key: 'e', reason: '已核实', confirmedAt },
      ],
    };
    const review = exportReview(draft, [
      finding({ severity: 'warning', key: 'w', message: 'w', part: 'overview' }),
      finding({ severity: 'error', key: 'e', message: 'e', part: 'overview' }),
    ]);
    expect(review.groups.flatMap((g) => g.findings.map((f) => f.message))).toEqual(['e']);
  });

  it('finds the fixture’s prose-vs-table warnings and asks before export; a clean filled draft does not ask', () => {
    const fixture = loadDraftFixture('2020-quanzhou.json');
    const review = exportReview(fixture, checkDraft(fixture));
    expect(review.groups.find((g) => g.part === 'overview')?.findings.map((f) => f.rule)).toContain('text.numbers');
    expect(needsReview(review, 0)).toBe(true);
    const clean = filledDraft('2021');
    const cleanReview = exportReview(clean, []);
    expect(needsReview(cleanReview, 0)).toBe(false);
    expect(needsReview(cleanReview, 1)).toBe(true);
  });

  it('names the sub-section headings that will not be printed, and asks for them alone', () => {
    const draft = filledDraft('2021');
    const withEmpty: Draft = {
      ...draft,
      narrative: { ...draft.narrative, problems: [{ id: 'p', heading: '（一）存在的问题', paragraphs: [''] }] },
    };
    const review = exportReview(withEmpty, []);
    expect(review.omitted).toEqual([{ part: 'problems', sectionId: 'p', heading: '（一）存在的问题' }]);
    expect(needsReview(review, 0)).toBe(true);
  });
});
