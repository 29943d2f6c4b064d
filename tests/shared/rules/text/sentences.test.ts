import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitClauses, splitSentences } from '../../../../shared/rules/text/sentences';

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at 。！？； and a line break, keeping closing quotes with it', () => {
    const text = '第一句。“第二句！”  第三句；第四句\n第五句';
    expect(texts(text, splitSentences(text))).toEqual(['第一句。', '“第二句！”', '第三句；', '第四句', '第五句']);
  });

  it('gives offsets into the paragraph', () => {
    const text = '甲。 乙丙。';
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 6 },
    ]);
  });

  it(`cuts a run without a full stop at its last comma before ${MAX_SENTENCE} characters`, () => {
    const text = '受理申请18件，'.repeat(200);
    const spans = splitSentences(text);
    expect(spans.every((s) => s.end - s.start <= MAX_SENTENCE)).toBe(true);
    expect(texts(text, spans).join('')).toBe(text);
    expect(texts(text, spans).every((t) => t.endsWith('件，'))).toBe(true);
  });
});

describe('splitClauses', () => {
  it('breaks at commas but not inside 1,234', () => {
    const text = '受理1,234件，办结1,200件,结转34件。';
    expect(texts(text, splitClauses(text, { start: 0, end: text.length }))).toEqual([
      '受理1,234件',
      '办结1,200件',
      '结转34件。',
    ]);
  });
});
