import { describe, expect, it } from 'vitest';
import { carriedOverParagraphs, indexFindings, partOf } from '../../renderer/src/logic/findings';
import { updateSection } from '../../renderer/src/logic/edits';
import { carryOver } from '../../shared/model';
import { checkDraft } from '../../shared/rules';
import { loadDraftFixture, NOW } from '../helpers/drafts';

describe('findings in the editor', () => {
  it('counts a text finding under the narrative part whose sentence it quotes, not under the table it names', () => {
    const findings = checkDraft(loadDraftFixture('2020-quanzhou.json'));
    const text = findings.filter((f) => f.rule === 'text.numbers');
    expect(text.map(partOf)).toEqual(['overview', 'overview']);
    const index = indexFindings(findings);
    expect(index.byPart.overview.warnings).toBe(2);
    expect(index.byPart.applications.warnings).toBe(0);
  });

  it('puts a text finding of the opening paragraph under the front matter', () => {
    const draft = { ...loadDraftFixture('2020-quanzhou.json'), opening: '本年度共收到政府信息公开申请99件。' };
    const opening = checkDraft(draft).filter((f) => f.text?.part === 'opening');
    expect(opening.map((f) => [f.rule, partOf(f)])).toEqual([['text.numbers', 'front']]);
  });
});

describe('沿用上年 marks', () => {
  const last = loadDraftFixture('2020-quanzhou.json');
  const next = carryOver(last, { id: 'next', now: NOW });

  it('marks each paragraph text.unchanged finds carried over, by sub-section, with last year', () => {
    const carried = carriedOverParagraphs(checkDraft(next, { previous: last }));
    const expected = next.narrative.overview.filter((s) => s.paragraphs.some((p) => p.trim().length > 30));
    expect(carried.size).toBeGreaterThan(0);
    for (const s of expected) expect(carried.get(s.id)?.year).toBe(2020);
    const first = next.narrative.overview.find((s) => carried.has(s.id))!;
    expect(carried.get(first.id)!.paragraphs).toEqual([...carried.get(first.id)!.paragraphs].sort((a, b) => a - b));
  });

  it('drops the mark of a sub-section once its text is rewritten, and has none without last year', () => {
    const carried = carriedOverParagraphs(checkDraft(next, { previous: last }));
    const section = next.narrative.overview.find((s) => carried.has(s.id))!;
    const rewritten = updateSection(next, 'overview', section.id, {
      paragraphs: ['今年我们重新写了这一节的全部内容。'],
    });
    expect(carriedOverParagraphs(checkDraft(rewritten, { previous: last })).has(section.id)).toBe(false);
    expect(carriedOverParagraphs(checkDraft(next)).size).toBe(0);
  });
});
