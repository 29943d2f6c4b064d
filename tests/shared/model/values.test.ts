import { describe, expect, it } from 'vitest';
import { computeCellValues, draftCellValues, formatCellValue } from '../../../shared/model';
import { checkDraft } from '../../../shared/rules';
import { loadDraftFixture } from '../../helpers/drafts';

describe('derived totals, once per edit', () => {
  it('are computed once per values record: the grid, the rules and the preview of one draft share them', () => {
    const draft = loadDraftFixture('2020-quanzhou.json');
    const totals = draftCellValues(draft);
    checkDraft(draft);
    expect(draftCellValues(draft)).toBe(totals);
    // A narrative edit keeps the values record, so the totals are not recomputed either.
    const narrativeEdit = { ...draft, narrative: { ...draft.narrative, problems: [] } };
    expect(draftCellValues(narrativeEdit)).toBe(totals);
    // A cell edit makes a new record and new totals.
    const edited = { ...draft, values: { ...draft.values, 'applications.new.natural': 20 } };
    expect(draftCellValues(edited)).not.toBe(totals);
    expect(draftCellValues(edited).get('applications.new.total')).toBe(20);
    expect(draftCellValues(draft).get('applications.new.total')).toBe(18);
  });

  it('refuse a change in place once computed, rather than serving stale totals', () => {
    const entered: Record<string, number | null> = { 'applications.new.natural': 1 };
    expect(computeCellValues('2021', entered).get('applications.new.total')).toBe(1);
    expect(() => {
      entered['applications.new.natural'] = 2;
    }).toThrow(TypeError);
    expect(computeCellValues('2019', entered).get('applications.new.total')).toBe(1);
  });
});

describe('derived totals', () => {
  it('computes the 总计 column, （七）总计 and the litigation group totals of the 2020 fixture', () => {
    const draft = loadDraftFixture('2020-quanzhou.json');
    const values = computeCellValues(draft.format, draft.values);
    expect(values.get('applications.new.total')).toBe(18);
    expect(values.get('applications.total.natural')).toBe(18);
    expect(values.get('applications.total.total')).toBe(18);
    expect(values.get('litigation.cases.reviewTotal')).toBe(0);
  });

  it('treats empty parts as 0 but leaves a total empty when all its parts are empty', () => {
    const values = computeCellValues('2021', { 'litigation.cases.reviewUpheld': 2, 'litigation.cases.reviewOther': 3 });
    expect(values.get('litigation.cases.reviewTotal')).toBe(5);
    expect(values.get('litigation.cases.directTotal')).toBeNull();
  });

  it('prints money with the decimals it has and empty cells as blank', () => {
    expect(formatCellValue(24252.311082)).toBe('24252.311082');
    expect(formatCellValue(null)).toBe('');
    expect(formatCellValue(0)).toBe('0');
  });
});
