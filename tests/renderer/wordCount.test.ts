import { describe, expect, it } from 'vitest';
import { draftWordCounts, partWordCount, wordCount } from '../../renderer/src/logic/wordCount';
import { createDraft, draftOpening, draftTitle } from '../../shared/model';

const draft = createDraft({ id: 'd1', year: 2021, now: '2022-01-05T00:00:00.000Z' });

describe('字数 as Word counts Chinese text', () => {
  it('counts each CJK character once and punctuation not at all', () => {
    expect(wordCount('本年度主动公开政府信息。')).toBe(11);
    expect(wordCount('“三安全一稳定”，（一）')).toBe(7);
  });

  it('counts each run of Latin letters or digits as one word, numbers with a point or comma too', () => {
    expect(wordCount('共120条')).toBe(3);
    expect(wordCount('12.5万元, 1,286 件 via e-mail')).toBe(7);
    expect(wordCount('  \u3000 ')).toBe(0);
  });

  it('counts a part’s headings and paragraphs, and the total over title, opening and all parts', () => {
    const overview = [{ id: 's1', heading: '（一）主动公开', paragraphs: ['共公开120条。', ''] }];
    const d = { ...draft, narrative: { ...draft.narrative, overview } };
    expect(partWordCount(d, 'overview')).toBe(5 + 5);
    const counts = draftWordCounts(d);
    expect(counts.byPart.overview).toBe(10);
    expect(counts.total).toBe(
      wordCount(draftTitle(d)) +
        wordCount(draftOpening(d)) +
        10 +
        partWordCount(d, 'problems') +
        partWordCount(d, 'other'),
    );
  });

  it('counts 2021 六’s generated fee sentence, which the export prints', () => {
    const d = {
      ...draft,
      processingFees: { ...draft.processingFees!, noticeCount: 0, noticeAmount: 0, collectedAmount: 0 },
    };
    expect(partWordCount(d, 'other') - partWordCount(draft, 'other')).toBe(wordCount('本年度未收取信息处理费。'));
  });
});

describe('字数 kept up on every keystroke', () => {
  it('counts a sub-section again when one of its paragraphs is edited, the cached others as they were', () => {
    const section = { id: 's1', heading: '（一）', paragraphs: ['共公开120条。', '本年度。'] };
    const d = { ...draft, narrative: { ...draft.narrative, overview: [section] } };
    expect(partWordCount(d, 'overview')).toBe(1 + 5 + 3);
    const edited = { ...section, paragraphs: [section.paragraphs[0]!, '本年度工作。'] };
    const e = { ...d, narrative: { ...d.narrative, overview: [edited] } };
    expect(partWordCount(e, 'overview')).toBe(1 + 5 + 5);
    expect(partWordCount(d, 'overview')).toBe(9);
  });
});
