import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/rules';
import { filledDraft } from '../../helpers/drafts';

const deadline = (findings: ReturnType<typeof checkDraft>) => findings.filter((f) => f.rule === 'deadline');

describe('deadline', () => {
  it('gives departments until 1月31日 of the next year, with the days left', () => {
    const [note] = deadline(checkDraft(filledDraft('2021', 2024), { today: new Date(2025, 0, 10) }));
    expect(note).toMatchObject({ severity: 'info', message: expect.stringContaining('2025年1月31日前公开（政府部门') });
    expect(note!.message).toContain('还有21天');
  });

  it('gives 人民政府 until 3月31日, and warns once the date has passed', () => {
    const draft = filledDraft('2021', 2024);
    const government = { ...draft, agency: { ...draft.agency, kind: 'government' as const } };
    const [note] = deadline(checkDraft(government, { today: new Date(2025, 3, 2) }));
    expect(note).toMatchObject({ severity: 'warning' });
    expect(note!.message).toContain('2025年3月31日前公开（人民政府');
    expect(note!.message).toContain('已过期2天');
  });

  it('says 今天截止 on the day itself, still as a note', () => {
    const [note] = deadline(checkDraft(filledDraft('2021', 2024), { today: new Date(2025, 0, 31, 23, 30) }));
    expect(note).toMatchObject({ severity: 'info', message: expect.stringMatching(/，今天截止$/) });
  });

  it('states only the date when no day is given, so the check stays repeatable', () => {
    const [note] = deadline(checkDraft(filledDraft('2021', 2024)));
    expect(note!.message).not.toMatch(/还有|已过期/);
  });
});

describe('deadline key', () => {
  it('stays the same from day to day until the deadline passes', () => {
    const key = (day: number) =>
      deadline(checkDraft(filledDraft('2021', 2024), { today: new Date(2025, 0, day) }))[0]!.key;
    expect(key(10)).toBe(key(11));
    expect(key(10)).not.toBe(key(40));
  });
});

describe('deadline of a past year’s report', () => {
  it('is a plain note, not an 已过期 warning, when the draft was made after its deadline (an imported report)', () => {
    const imported = { ...filledDraft('2021', 2023), createdAt: new Date(2025, 0, 5).toISOString() };
    const [note] = deadline(checkDraft(imported, { today: new Date(2025, 5, 1) }));
    expect(note).toMatchObject({
      severity: 'info',
      message: expect.stringContaining('往年报告：应于2024年1月31日前公开'),
    });
    expect(note!.message).not.toContain('已过期');
  });

  it('still warns for a draft begun in time whose deadline has since passed', () => {
    const begun = { ...filledDraft('2021', 2024), createdAt: new Date(2025, 0, 5).toISOString() };
    expect(deadline(checkDraft(begun, { today: new Date(2025, 5, 1) }))[0]).toMatchObject({ severity: 'warning' });
  });
});
