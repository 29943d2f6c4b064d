import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/rules';
import { filledDraft } from '../../helpers/drafts';

describe('export.signatureDate', () => {
  it('warns, pointing at part 六, while the 成文日期 is not chosen', () => {
    const findings = checkDraft(filledDraft('2021')).filter((f) => f.rule === 'export.signatureDate');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', part: 'other', cells: [] })]);
    expect(findings[0]!.message).toContain('成文日期');
  });

  it('is silent once the date is chosen', () => {
    const draft = { ...filledDraft('2021'), signature: { agency: null, date: '2025-01-20' } };
    expect(checkDraft(draft).some((f) => f.rule === 'export.signatureDate')).toBe(false);
  });
});
