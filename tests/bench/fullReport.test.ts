import { describe, expect, it } from 'vitest';
import { draftSchema } from '../../shared/model';
import { fullReport, withLongNarrative } from '../../bench/fullReport';

describe('withLongNarrative', () => {
  it.each([200_000, 165 * 3, 1])(
    'puts exactly %i characters, lines included, in the first sub-section of part 一',
    (chars) => {
      const draft = withLongNarrative(fullReport(), chars);
      expect(draft.narrative.overview[0]!.paragraphs.join('\n')).toHaveLength(chars);
      expect(draft.narrative.overview.slice(1)).toEqual(fullReport().narrative.overview.slice(1));
    },
  );

  it('is still a valid draft', () => {
    expect(draftSchema.safeParse(withLongNarrative(fullReport(), 200_000)).success).toBe(true);
  });
});
