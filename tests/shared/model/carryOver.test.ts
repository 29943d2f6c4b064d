import { describe, expect, it } from 'vitest';
import { carryOver, createDraft, draftTitle, parseDraft } from '../../../shared/model';
import { filledDraft, loadDraftFixture, NOW } from '../../helpers/drafts';

describe('carryOver', () => {
  const last = loadDraftFixture('2020-quanzhou.json');
  const next = carryOver(
    { ...last, values: { ...last.values, 'applications.carryForward.natural': 4 } },
    { id: 'next-id', now: NOW },
  );

  it('starts the next year on the format in force for it, with the same agency', () => {
    expect(next).toMatchObject({ id: 'next-id', year: 2021, format: '2021', agency: last.agency });
    expect(next.processingFees).toEqual({
      noticeCount: null,
      noticeAmount: null,
      collectedAmount: null,
      sentence: null,
    });
    expect(parseDraft(next).ok).toBe(true);
  });

  it('copies 结转下年度继续办理 into 上年结转 per column and nothing else from the tables', () => {
    expect(next.values).toEqual({
      'applications.carriedOver.natural': 4,
      'applications.carriedOver.business': 0,
      'applications.carriedOver.research': 0,
      'applications.carriedOver.nonprofit': 0,
      'applications.carriedOver.legalService': 0,
      'applications.carriedOver.otherOrg': 0,
    });
  });

  it('keeps the narrative skeleton and its text as a starting point', () => {
    expect(next.narrative.overview.map((s) => s.heading)).toEqual(last.narrative.overview.map((s) => s.heading));
    expect(next.narrative.problems[0]!.paragraphs).toEqual(last.narrative.problems[0]!.paragraphs);
  });

  it('links back to last year’s draft so the cross-year rules can run', () => {
    expect(next.previous).toEqual({ id: last.id, year: 2020, title: draftTitle(last) });
    expect(draftTitle(next)).toBe('泉州市统计局2021年政府信息公开工作年度报告');
  });

  it('leaves 上年结转 empty where last year left 结转 empty', () => {
    const blank = createDraft({ id: 'b', year: 2023, now: NOW });
    expect(carryOver(blank, { id: 'c', now: NOW }).values).toEqual({});
  });

  it('keeps an explicitly chosen format (2022 reports on the 2019 template exist)', () => {
    expect(carryOver(filledDraft('2021', 2021), { id: 'c', now: NOW, format: '2019' }).format).toBe('2019');
  });
});
