import { describe, expect, it } from 'vitest';
import {
  canRedo,
  dropGroup,
  HISTORY_LIMIT,
  record,
  redo,
  redoIn,
  seal,
  startHistory,
  undo,
  undoIn,
} from '../../renderer/src/logic/history';
import type { History } from '../../renderer/src/logic/history';

describe('undo history', () => {
  it('undoes and redoes whole snapshots', () => {
    let h = startHistory('a');
    h = record(h, 'b', null, 0);
    h = record(h, 'c', null, 10);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    h = undo(h);
    expect(h.present).toBe('a');
    h = redo(redo(h));
    expect(h.present).toBe('c');
  });

  it('merges one typing session (same key, within the window) into one step', () => {
    let h = startHistory('');
    h = record(h, '1', 'cell:x:1', 0);
    h = record(h, '12', 'cell:x:1', 100);
    h = record(h, '123', 'cell:x:1', 200);
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
  });

  it('starts a new step after a pause, a different key, or a seal', () => {
    let h = startHistory('');
    h = record(h, 'a', 'k', 0);
    h = record(h, 'ab', 'k', 5000);
    expect(h.past).toEqual(['', 'a']);
    h = record(h, 'abc', 'other', 5001);
    expect(h.past).toHaveLength(3);
    h = seal(h);
    h = record(h, 'abcd', 'other', 5002);
    expect(h.past).toHaveLength(4);
  });

  it('drops the redo future on a new edit', () => {
    let h = record(record(startHistory(0), 1, null, 0), 2, null, 0);
    h = undo(h);
    h = record(h, 3, null, 0);
    expect(h.future).toEqual([]);
    expect(redo(h).present).toBe(3);
  });

  it('ignores an edit that changes nothing', () => {
    const h = startHistory('same');
    expect(record(h, 'same', null, 0)).toBe(h);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = record(h, i, null, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });

  it('drops a cancelled typing session without leaving a redo step', () => {
    let h = record(startHistory('a'), 'ab', 's1', 0);
    h = dropGroup(h, 's1');
    expect(h.present).toBe('a');
    expect(h.future).toEqual([]);
    expect(dropGroup(h, 's1')).toBe(h);
  });

  it('drops every step of a cancelled session that a pause split, so the next undo goes to before it', () => {
    let h = record(startHistory('a'), 'ab', null, 0);
    h = record(h, 'ab1', 's1', 10);
    h = record(h, 'ab12', 's1', 10 + 5000);
    expect(h.past).toEqual(['a', 'ab', 'ab1']);
    h = dropGroup(h, 's1');
    expect(h.present).toBe('ab');
    expect(h.past).toEqual(['a']);
    expect(undo(h).present).toBe('a');
  });

  it('drops only the session of its own key, and nothing after a seal', () => {
    let h = record(startHistory('a'), 'ab', 's0', 0);
    h = record(h, 'abc', 's1', 10);
    expect(dropGroup(h, 's0')).toBe(h);
    expect(dropGroup(seal(h), 's1').present).toBe('abc');
  });
});

describe('undo by typing bursts, in the focused field first', () => {
  /** A snapshot: one text field `f`, one other field `g`, and a table value `n`. */
  interface S {
    readonly f: string;
    readonly g: string;
    readonly n: number;
  }
  const fAccess = {
    get: (s: S) => s.f,
    set: (s: S, f: string) => ({ ...s, f }),
    same: (a: string, b: string) => a === b,
  };
  const editF = (h: History<S>, f: string, now: number) =>
    record(h, { ...h.present, f }, 'f', now, { field: 'f', text: (s: S) => s.f });
  const typeF = (h: History<S>, chars: string, t: number) => {
    for (const ch of chars) h = editF(h, h.present.f + ch, (t += 50));
    return h;
  };
  const setN = (h: History<S>, n: number, now: number) => record(h, { ...h.present, n }, null, now);

  it('makes each burst of a field one step, remembering the field', () => {
    let h = startHistory<S>({ f: '', g: '', n: 0 });
    h = typeF(h, '第一句。', 0);
    h = typeF(h, '第二句。', 5000);
    expect(h.past.map((s) => s.f)).toEqual(['', '第一句。']);
    expect(h.pastFields).toEqual(['f', 'f']);
    expect(undo(h).present.f).toBe('第一句。');
  });

  it('undoes the field’s own last burst though a table edit came after it, and leaves the table edit', () => {
    let h = startHistory<S>({ f: '', g: '', n: 0 });
    h = typeF(h, '甲乙', 0);
    h = setN(h, 5, 1000);
    h = typeF(h, '丙丁', 5000);
    h = undoIn(h, 'f', fAccess)!;
    expect(h.present).toEqual({ f: '甲乙', g: '', n: 5 });
    h = undoIn(h, 'f', fAccess)!;
    expect(h.present).toEqual({ f: '', g: '', n: 5 });
    // The field has nothing left: undoIn says so, and plain undo reaches the table edit, whose snapshot has no text.
    expect(undoIn(h, 'f', fAccess)).toBeNull();
    h = undo(h);
    expect(h.present).toEqual({ f: '', g: '', n: 0 });
    // Redo brings everything back in order.
    h = redo(redo(redo(h)));
    expect(h.present).toEqual({ f: '甲乙丙丁', g: '', n: 5 });
    expect(canRedo(h)).toBe(false);
  });

  it('redoes the field’s own undone burst first, with undone edits elsewhere left to redo', () => {
    let h = startHistory<S>({ f: '', g: '', n: 0 });
    h = typeF(h, '甲乙', 0);
    h = setN(h, 5, 1000);
    h = undoIn(h, 'f', fAccess)!;
    h = undo(h);
    expect(h.present).toEqual({ f: '', g: '', n: 0 });
    h = redoIn(h, 'f', fAccess)!;
    expect(h.present).toEqual({ f: '甲乙', g: '', n: 0 });
    expect(redoIn(h, 'f', fAccess)).toBeNull();
    h = redo(h);
    expect(h.present).toEqual({ f: '甲乙', g: '', n: 5 });
    h = undo(undo(h));
    expect(h.present).toEqual({ f: '', g: '', n: 0 });
  });

  it('keeps to plain undo when a later step changed the field as well (a renumbered heading)', () => {
    let h = startHistory<S>({ f: '', g: '', n: 0 });
    h = typeF(h, '（二）', 0);
    h = record(h, { ...h.present, f: '（一）', n: 1 }, null, 1000);
    expect(undoIn(h, 'f', fAccess)).toBeNull();
  });

  it('a paste into the field is a step of its own, and the typing after it another', () => {
    let h = startHistory<S>({ f: '', g: '', n: 0 });
    h = typeF(h, '甲', 0);
    h = record(h, { ...h.present, f: '甲粘贴' }, null, 100, { field: 'f', text: (s: S) => s.f });
    h = typeF(h, '乙', 150);
    expect(h.past.map((s) => s.f)).toEqual(['', '甲', '甲粘贴']);
    expect(h.pastFields).toEqual(['f', 'f', 'f']);
  });

  it('after a seal (the field lost the focus) typing on is a new burst', () => {
    let h = startHistory<S>({ f: '', g: '', n: 0 });
    h = typeF(h, '甲', 0);
    h = seal(h);
    h = typeF(h, '乙', 100);
    expect(h.past).toHaveLength(2);
  });
});
