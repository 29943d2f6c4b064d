import { describe, expect, it } from 'vitest';
import { dropGroup, HISTORY_LIMIT, record, redo, seal, startHistory, undo } from '../../renderer/src/logic/history';

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
