import { describe, expect, it } from 'vitest';
import { AutoSaver } from '../../renderer/src/logic/autosave';
import type { SaveState } from '../../renderer/src/logic/autosave';

/** Manual clock: timers fire only when the test says so. */
function harness(
  save: (v: string) => Promise<{ savedAt: string }>,
  delays: { delayMs?: number; retryMs?: number } = { delayMs: 700, retryMs: 5000 },
) {
  const timers = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  const states: SaveState[] = [];
  const saver = new AutoSaver<string>({
    save,
    onState: (s) => states.push(s),
    ...delays,
    setTimer: (fn, ms) => {
      timers.set(next, { fn, ms });
      return next++;
    },
    clearTimer: (h) => timers.delete(h as number),
    describeError: (e) => (e as Error).message,
  });
  const fire = async () => {
    const all = [...timers.entries()];
    timers.clear();
    for (const [, t] of all) t.fn();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { saver, timers, states, fire };
}

describe('autosave', () => {
  it('saves only the latest value, once, after the delay (well within 1 s)', async () => {
    const saved: string[] = [];
    const h = harness(async (v) => {
      saved.push(v);
      return { savedAt: '2026-01-05T08:30:00.000Z' };
    });
    h.saver.change('a');
    h.saver.change('ab');
    h.saver.change('abc');
    expect([...h.timers.values()].map((t) => t.ms)).toEqual([700]);
    await h.fire();
    expect(saved).toEqual(['abc']);
    expect(h.states.at(-1)).toEqual({ kind: 'saved', savedAt: '2026-01-05T08:30:00.000Z' });
    expect(h.saver.dirty).toBe(false);
  });

  it('keeps the edits and reports the error when saving fails, then retries', async () => {
    let fail = true;
    const saved: string[] = [];
    const h = harness(async (v) => {
      if (fail) throw new Error('磁盘已满');
      saved.push(v);
      return { savedAt: 'x' };
    });
    h.saver.change('draft-1');
    await h.fire();
    expect(h.states.at(-1)).toEqual({ kind: 'error', message: '磁盘已满' });
    expect(h.saver.dirty).toBe(true);
    expect([...h.timers.values()].map((t) => t.ms)).toEqual([5000]);
    fail = false;
    await h.fire();
    expect(saved).toEqual(['draft-1']);
    expect(h.states.at(-1)!.kind).toBe('saved');
  });

  it('a change made while a save is in flight is saved after it, not lost', async () => {
    let release!: () => void;
    const saved: string[] = [];
    const h = harness(
      (v) =>
        new Promise((resolve) => {
          saved.push(v);
          release = () => resolve({ savedAt: 'x' });
        }),
    );
    h.saver.change('one');
    await h.fire();
    h.saver.change('two');
    release();
    await new Promise((r) => setTimeout(r, 0));
    await h.fire();
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toEqual(['one', 'two']);
    expect(h.saver.dirty).toBe(false);
  });

  it('flush saves at once and rejects with the save’s own reason while the save keeps failing', async () => {
    const h = harness(async () => {
      throw new Error('只读文件系统');
    });
    h.saver.change('x');
    await expect(h.saver.flush()).rejects.toThrow('只读文件系统');
    expect(h.saver.dirty).toBe(true);
    expect(h.saver.unsaved).toBe(true);
  });

  it('counts a save under way as unsaved until it has succeeded, and forgets an old failure after success', async () => {
    let release!: () => void;
    let fail = true;
    const h = harness((v) =>
      fail
        ? Promise.reject(new Error(`磁盘已满 ${v}`))
        : new Promise((resolve) => {
            release = () => resolve({ savedAt: 'x' });
          }),
    );
    expect(h.saver.unsaved).toBe(false);
    h.saver.change('a');
    await expect(h.saver.flush()).rejects.toThrow('磁盘已满 a');
    fail = false;
    const flushed = h.saver.flush();
    // The edits have left the queue but are not on disk yet.
    expect(h.saver.dirty).toBe(false);
    expect(h.saver.unsaved).toBe(true);
    release();
    await flushed;
    expect(h.saver.unsaved).toBe(false);
    // A later failure names its own reason, never the old one.
    fail = true;
    h.saver.change('b');
    await expect(h.saver.flush()).rejects.toThrow('磁盘已满 b');
  });
});

describe('autosave status', () => {
  it('reports "pending" once per burst of typing, not once per keystroke', async () => {
    const h = harness(async () => ({ savedAt: 'x' }));
    for (const v of ['1', '12', '123']) h.saver.change(v);
    expect(h.states).toEqual([{ kind: 'pending' }]);
    await h.fire();
    h.saver.change('1234');
    expect(h.states.map((s) => s.kind)).toEqual(['pending', 'saving', 'saved', 'pending']);
  });

  it('never reports "saved" while a change made during the save is still waiting', async () => {
    let release!: () => void;
    const h = harness(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ savedAt: 'x' });
        }),
    );
    h.saver.change('one');
    await h.fire();
    h.saver.change('two');
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.states.map((s) => s.kind)).toEqual(['pending', 'saving', 'pending']);
    await h.fire();
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.states.map((s) => s.kind)).toEqual(['pending', 'saving', 'pending', 'saving', 'saved']);
  });

  it('by default (as the editor uses it) waits 700 ms after the last change and retries a failed save after 5 s', async () => {
    const h = harness(async () => {
      throw new Error('磁盘已满');
    }, {});
    h.saver.change('a');
    expect([...h.timers.values()].map((t) => t.ms)).toEqual([700]);
    await h.fire();
    expect(h.states.at(-1)).toEqual({ kind: 'error', message: '磁盘已满' });
    expect([...h.timers.values()].map((t) => t.ms)).toEqual([5000]);
  });
});

describe('autosave: a draft changed by another program', () => {
  it('shows the backend’s conflict message as is and keeps the edits in memory', async () => {
    const { errorMessage } = await import('../../renderer/src/api');
    const { toApiErrorShape, ApiError } = await import('../../shared/api/errors');
    const CHANGED_ELSEWHERE = '草稿已被其他程序修改，请重新打开（本次修改未保存）';
    const states: SaveState[] = [];
    const saver = new AutoSaver<string>({
      // What crosses IPC for the store's refusal: the plain { code, message } shape.
      save: () => Promise.reject(toApiErrorShape(new ApiError('conflict', CHANGED_ELSEWHERE))),
      onState: (s) => states.push(s),
      setTimer: () => 0,
      clearTimer: () => undefined,
      describeError: errorMessage,
    });
    saver.change('edited');
    await expect(saver.flush()).rejects.toThrow(CHANGED_ELSEWHERE);
    expect(states.at(-1)).toEqual({ kind: 'error', message: CHANGED_ELSEWHERE });
    expect(saver.dirty).toBe(true);
  });
});
