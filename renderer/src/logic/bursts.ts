/**
 * Typing bursts in one text field, as Word groups text undo: a burst ends at a pause, at a word or punctuation
 * boundary once it holds some characters, when the caret jumps elsewhere, when typing turns into deleting (or back),
 * and when text typed over a selection replaces it. Decided from the field's text before and after each change alone
 * (no caret events needed): an edit continues the burst when it happens where the burst's last edit left the caret.
 */

/** Typing pauses longer than this end a burst (and, in the history, any typing session's step). */
export const PAUSE_MS = 1500;
/** After this many characters, a burst ends at the next word or punctuation boundary. */
export const BURST_CHARS = 20;

export interface Burst {
  readonly field: string;
  readonly kind: 'insert' | 'delete';
  /** Where the burst's typed text begins (insert), where the caret is (delete). */
  readonly from: number;
  /** Where the burst's last edit left the caret. */
  readonly caret: number;
  /** The field's text after the last edit (so the next edit need not read it from the draft again). */
  readonly text: string;
  /** When the last edit happened. */
  readonly at: number;
}

/** Spaces, line breaks and the punctuation that ends a word or a clause in Chinese and Western text. */
const BOUNDARY = /[\s，。、；：？！…—“”‘’（）《》,.;:?!()"']/u;
export const isBoundary = (ch: string | undefined): boolean => ch !== undefined && BOUNDARY.test(ch);

/**
 * Equal runs are skipped a block at a time: comparing two slices is one native comparison, so a keystroke in a body of
 * 200 000 characters costs a few hundred of them instead of a JavaScript loop over every character.
 */
const BLOCK = 512;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (
    i + BLOCK <= n &&
    a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)
  ) {
    i += BLOCK;
  }
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** One edit of a text: `removed` characters at `at` replaced by `inserted`. */
export interface TextDiff {
  readonly at: number;
  readonly removed: number;
  readonly inserted: string;
}

/**
 * The edit that turns `before` into `after`. A pure insertion or deletion inside a run of equal characters could have
 * happened anywhere in the run: `caret`, when it is one of those places, is taken (typing "a" after "a" is at the caret).
 */
export function textDiff(before: string, after: string, caret?: number): TextDiff {
  const p = commonPrefix(before, after);
  const s = commonSuffix(before, after);
  const d = after.length - before.length;
  if (d > 0 && p + s >= before.length) {
    // Insertion of d characters at any c with before.length - s ≤ c ≤ p.
    const low = before.length - s;
    const at = caret !== undefined && caret >= low && caret <= p ? caret : p;
    return { at, removed: 0, inserted: after.slice(at, at + d) };
  }
  if (d < 0 && p + s >= after.length) {
    // Deletion of -d characters at any c with after.length - s ≤ c ≤ p; the caret may be at either end of them.
    const low = after.length - s;
    const inRange = (c: number) => c >= low && c <= p;
    const at =
      caret !== undefined && inRange(caret + d) ? caret + d : caret !== undefined && inRange(caret) ? caret : p;
    return { at, removed: -d, inserted: '' };
  }
  const tail = Math.min(s, Math.min(before.length, after.length) - p);
  return { at: p, removed: before.length - tail - p, inserted: after.slice(p, after.length - tail) };
}

/**
 * The burst after an edit of `field` from `before` to `after` at `now`; `continues`: the edit belongs to `open` (the
 * field's burst so far, if it is that field's).
 */
export function nextBurst(
  open: Burst | null,
  field: string,
  before: string,
  after: string,
  now: number,
): { readonly burst: Burst; readonly continues: boolean } {
  const live = open && open.field === field && now - open.at < PAUSE_MS ? open : null;
  const diff = textDiff(before, after, live?.caret);
  const caret = diff.at + diff.inserted.length;
  const start = (kind: Burst['kind']) => ({
    burst: { field, kind, from: diff.at, caret, text: after, at: now },
    continues: false,
  });
  const goOn = (kind: Burst['kind'], from: number) => ({
    burst: { field, kind, from, caret, text: after, at: now },
    continues: true,
  });
  if (diff.removed === 0 && diff.inserted === '') return live ? goOn(live.kind, live.from) : start('insert');
  if (diff.inserted === '') {
    // Backspace ends its deletion where the caret was; Delete starts it there.
    const adjacent = diff.at + diff.removed === live?.caret || diff.at === live?.caret;
    return live?.kind === 'delete' && adjacent ? goOn('delete', diff.at) : start('delete');
  }
  if (live?.kind !== 'insert') return start('insert');
  if (diff.removed > 0) {
    // An input method replacing its own composition (拼音 → 汉字) at the end of the burst's text goes on with it;
    // typing over a selection is an edit of its own.
    const own = diff.at >= live.from && diff.at + diff.removed === live.caret;
    return own ? goOn('insert', live.from) : start('insert');
  }
  if (diff.at !== live.caret) return start('insert');
  const long = live.caret - live.from >= BURST_CHARS;
  if (long && isBoundary(before[live.caret - 1]) && !isBoundary(diff.inserted[0])) return start('insert');
  return goOn('insert', live.from);
}
