import { describe, expect, it } from 'vitest';
import { BURST_CHARS, nextBurst, PAUSE_MS, textDiff } from '../../renderer/src/logic/bursts';
import type { Burst } from '../../renderer/src/logic/bursts';

/** Types `chars` one by one at the end of `text` from time `t`, 100 ms apart; how many bursts they made. */
function typeAtEnd(text: string, chars: string, t = 0): { bursts: number; burst: Burst | null; text: string } {
  let burst: Burst | null = null;
  let bursts = 0;
  for (const ch of chars) {
    const next = nextBurst(burst, 'f', text, text + ch, (t += 100));
    if (!next.continues) bursts++;
    burst = next.burst;
    text += ch;
  }
  return { bursts, burst, text };
}

describe('typing bursts', () => {
  it('keeps steady typing of a short sentence in one burst', () => {
    expect(typeAtEnd('', '本年度共主动公开政府信息。').bursts).toBe(1);
  });

  it('ends a burst at a pause', () => {
    const first = typeAtEnd('', '第一句。');
    const next = nextBurst(first.burst, 'f', first.text, first.text + '第', 400 + PAUSE_MS + 1);
    expect(next.continues).toBe(false);
  });

  it('ends a long burst at a punctuation or word boundary, the punctuation staying with the words before it', () => {
    const sentence = '一'.repeat(BURST_CHARS) + '，';
    const { bursts, text } = typeAtEnd('', sentence + '二二');
    expect(bursts).toBe(2);
    expect(text).toBe(sentence + '二二');
    // Before BURST_CHARS characters a comma does not split.
    expect(typeAtEnd('', '一二，三四').bursts).toBe(1);
    expect(typeAtEnd('', 'a'.repeat(BURST_CHARS) + ' bc').bursts).toBe(2);
  });

  it('ends a burst when the caret jumps: the next character is typed elsewhere', () => {
    const first = typeAtEnd('', '甲乙丙');
    const next = nextBurst(first.burst, 'f', '甲乙丙', '丁甲乙丙', 400);
    expect(next.continues).toBe(false);
    expect(next.burst.from).toBe(0);
  });

  it('ends a burst when typing turns into deleting, and keeps backspaces together', () => {
    const first = typeAtEnd('', '甲乙丙');
    const del = nextBurst(first.burst, 'f', '甲乙丙', '甲乙', 400);
    expect(del.continues).toBe(false);
    const more = nextBurst(del.burst, 'f', '甲乙', '甲', 500);
    expect(more.continues).toBe(true);
    expect(nextBurst(more.burst, 'f', '甲', '甲戊', 600).continues).toBe(false);
  });

  it('keeps an input method replacing its own composition (拼音 → 汉字) in the burst', () => {
    const typed = typeAtEnd('前文', 'ni');
    const chosen = nextBurst(typed.burst, 'f', '前文ni', '前文你', 500);
    expect(chosen.continues).toBe(true);
    expect(chosen.burst.caret).toBe(3);
  });

  it('starts a new burst for text typed over a selection, and in another field', () => {
    const typed = typeAtEnd('', '甲乙丙');
    expect(nextBurst(typed.burst, 'f', '甲乙丙', '丁丙', 400).continues).toBe(false);
    expect(nextBurst(typed.burst, 'g', '', '丁', 400).continues).toBe(false);
  });

  it('places an edit inside a run of equal characters at the caret when it can be there', () => {
    expect(textDiff('abab', 'abaab', 2)).toEqual({ at: 2, removed: 0, inserted: 'a' });
    expect(textDiff('abab', 'abaab')).toEqual({ at: 3, removed: 0, inserted: 'a' });
    expect(textDiff('aaa', 'aa', 3)).toEqual({ at: 2, removed: 1, inserted: '' });
    expect(textDiff('甲乙丙', '甲丁丙')).toEqual({ at: 1, removed: 1, inserted: '丁' });
    // Typing "a" at the burst's caret in "ab|ab" goes on with the burst, though "aba|ab" reads the same.
    const open: Burst = { field: 'f', kind: 'insert', from: 1, caret: 2, text: 'abab', at: 0 };
    expect(nextBurst(open, 'f', 'abab', 'abaab', 100).continues).toBe(true);
  });
});
