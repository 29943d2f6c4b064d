import { describe, expect, it } from 'vitest';
import { computeCellValues, formatCellValue } from '../../../shared/model';
import { loadDraftFixture } from '../../helpers/drafts';

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
