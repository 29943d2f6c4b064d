import { describe, expect, it } from 'vitest';
import { carryOver } from '../../../../shared/model';
import type { Draft } from '../../../../shared/model';
import { checkDraft } from '../../../../shared/rules';
import { loadDraftFixture, NOW } from '../../../helpers/drafts';
import { ofRule, textNumbers, withValues } from './helpers';

const fixture = loadDraftFixture('2020-quanzhou.json');
const keys = (draft: Draft) => textNumbers(draft).map((f) => f.key);
const withNewFirstSection = (draft: Draft): Draft => ({
  ...draft,
  narrative: {
    ...draft.narrative,
    overview: [{ id: 'added', heading: '（零）新增', paragraphs: ['新写的一段话。'] }, ...draft.narrative.overview],
  },
});

describe('finding keys (what a later confirmation matches)', () => {
  it('keep a text.numbers key through unrelated edits that move the sentence', () => {
    const moved = withNewFirstSection(fixture);
    expect(textNumbers(moved)[0]!.text!.section).toBe(3);
    expect(keys(moved)).toEqual(keys(fixture));
  });

  it('change the key when the table’s number or the quoted words change', () => {
    const [granted] = keys(fixture);
    expect(keys(withValues(fixture, { 'applications.granted.natural': 6 }))[0]).not.toBe(granted);
    const [first, second, third, ...rest] = fixture.narrative.overview;
    const reworded = {
      ...fixture,
      narrative: {
        ...fixture.narrative,
        overview: [
          first!,
          second!,
          { ...third!, paragraphs: third!.paragraphs.map((p) => p.replace('已答复18件', '共答复18件')) },
          ...rest,
        ],
      },
    };
    expect(keys(reworded)[0]).not.toBe(granted);
  });

  it('keep text.unchanged keys short (a digest of the paragraph), one per paragraph', () => {
    const next = carryOver(fixture, { id: 'n', now: NOW });
    const unchanged = ofRule('text.unchanged', checkDraft(next, { previous: fixture }));
    expect(unchanged.every((f) => f.key.length < 40)).toBe(true);
    expect(new Set(unchanged.map((f) => f.key)).size).toBe(unchanged.length);
  });
});
