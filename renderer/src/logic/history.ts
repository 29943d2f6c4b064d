/**
 * Undo/redo over whole-draft snapshots. Drafts are immutable values, so a snapshot is a reference, not a copy.
 * Consecutive edits with the same key (one typing session in one cell or paragraph) merge into one step.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  readonly lastKey: string | null;
  readonly lastAt: number;
  /**
   * Where the steps of `lastKey`'s session begin in `past` (a pause splits one session into several steps): Esc
   * drops them all. null when the session has no step, or its first step fell off the HISTORY_LIMIT.
   */
  readonly groupStart: number | null;
}

export const HISTORY_LIMIT = 300;
/** Typing pauses longer than this start a new undo step even in the same field. */
export const MERGE_WINDOW_MS = 1500;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0, groupStart: null };
}

export function record<T>(h: History<T>, next: T, key: string | null, now: number): History<T> {
  if (next === h.present) return h;
  if (key !== null && key === h.lastKey && now - h.lastAt < MERGE_WINDOW_MS && h.future.length === 0) {
    return { ...h, present: next, lastAt: now };
  }
  const sameSession = key !== null && key === h.lastKey && h.future.length === 0;
  let groupStart = sameSession ? h.groupStart : h.past.length;
  const past = [...h.past, h.present];
  if (past.length > HISTORY_LIMIT) {
    const over = past.length - HISTORY_LIMIT;
    past.splice(0, over);
    groupStart = groupStart === null || groupStart < over ? null : groupStart - over;
  }
  return { past, present: next, future: [], lastKey: key, lastAt: now, groupStart };
}

/** Ends the current merge group, so the next edit is its own step even with the same key. */
export function seal<T>(h: History<T>): History<T> {
  return h.lastKey === null ? h : { ...h, lastKey: null, groupStart: null };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return {
    past: h.past.slice(0, -1),
    present: prev,
    future: [h.present, ...h.future],
    lastKey: null,
    lastAt: 0,
    groupStart: null,
  };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (next === undefined) return h;
  return {
    past: [...h.past, h.present],
    present: next,
    future: h.future.slice(1),
    lastKey: null,
    lastAt: 0,
    groupStart: null,
  };
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;

/**
 * Esc in a cell: the typing session `key` never happened. All its steps go (also those a pause split off), not undone
 * into redo, so the next Ctrl+Z undoes what came before the session.
 */
export function dropGroup<T>(h: History<T>, key: string): History<T> {
  if (h.lastKey !== key || h.past.length === 0) return h;
  const start = h.groupStart ?? h.past.length - 1;
  return {
    past: h.past.slice(0, start),
    present: h.past[start]!,
    future: h.future,
    lastKey: null,
    lastAt: 0,
    groupStart: null,
  };
}
