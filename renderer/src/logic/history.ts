/**
 * Undo/redo over whole-draft snapshots. Drafts are immutable values, so a snapshot is a reference, not a copy.
 * Consecutive edits with the same key (one typing session in one cell) merge into one step. A text field's edits go
 * by typing bursts (logic/bursts) and every step remembers the text field it changed, so that undo in a focused field
 * finds that field's own steps in this one history (undoIn / redoIn) instead of keeping a second one.
 */
import { nextBurst, PAUSE_MS } from './bursts';
import type { Burst } from './bursts';

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The text field each step changed, or null: `pastFields[i]` is the step past[i] → past[i + 1] (or present). */
  readonly pastFields: readonly (string | null)[];
  /** `futureFields[i]`: the step that redo number i + 1 takes, into future[i]. */
  readonly futureFields: readonly (string | null)[];
  readonly lastKey: string | null;
  readonly lastAt: number;
  /**
   * Where the steps of `lastKey`'s session begin in `past` (a pause splits one session into several steps): Esc
   * drops them all. null when the session has no step, or its first step fell off the HISTORY_LIMIT.
   */
  readonly groupStart: number | null;
  /** The typing burst of the last edit, when it was a text field's. */
  readonly burst: Burst | null;
}

export const HISTORY_LIMIT = 300;
/** Typing pauses longer than this start a new undo step even in the same field. */
export const MERGE_WINDOW_MS = PAUSE_MS;

export function startHistory<T>(present: T): History<T> {
  return {
    past: [],
    present,
    future: [],
    pastFields: [],
    futureFields: [],
    lastKey: null,
    lastAt: 0,
    groupStart: null,
    burst: null,
  };
}

/** A text field an edit changed: its id (the same for all its edits) and how to read its text from a snapshot. */
export interface TextEdit<T> {
  readonly field: string;
  readonly text: (snapshot: T) => string | null;
}

/**
 * Records `next`. With `key`: merges into the last step when it has the same key, within MERGE_WINDOW_MS, and — for
 * a text field's edit — the same typing burst. Without a key the edit is a step of its own (a paste, a button).
 */
export function record<T>(h: History<T>, next: T, key: string | null, now: number, edit?: TextEdit<T>): History<T> {
  if (next === h.present) return h;
  let burst: Burst | null = null;
  let continues = true;
  if (edit && key !== null) {
    const before = h.burst?.field === edit.field ? h.burst.text : edit.text(h.present);
    const after = edit.text(next);
    if (before !== null && after !== null) ({ burst, continues } = nextBurst(h.burst, edit.field, before, after, now));
  }
  const sameKey = key !== null && key === h.lastKey && h.future.length === 0;
  if (sameKey && continues && now - h.lastAt < MERGE_WINDOW_MS) {
    return { ...h, present: next, lastAt: now, burst };
  }
  let groupStart = sameKey && continues ? h.groupStart : h.past.length;
  const past = [...h.past, h.present];
  const pastFields = [...h.pastFields, edit?.field ?? null];
  if (past.length > HISTORY_LIMIT) {
    const over = past.length - HISTORY_LIMIT;
    past.splice(0, over);
    pastFields.splice(0, over);
    groupStart = groupStart === null || groupStart < over ? null : groupStart - over;
  }
  return {
    past,
    present: next,
    future: [],
    pastFields,
    futureFields: [],
    lastKey: key,
    lastAt: now,
    groupStart,
    burst,
  };
}

/** Ends the current merge group, so the next edit is its own step even with the same key. */
export function seal<T>(h: History<T>): History<T> {
  return h.lastKey === null && h.burst === null ? h : { ...h, lastKey: null, groupStart: null, burst: null };
}

const travelled = { lastKey: null, lastAt: 0, groupStart: null, burst: null } as const;

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return {
    past: h.past.slice(0, -1),
    present: prev,
    future: [h.present, ...h.future],
    pastFields: h.pastFields.slice(0, -1),
    futureFields: [h.pastFields[h.pastFields.length - 1] ?? null, ...h.futureFields],
    ...travelled,
  };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (next === undefined) return h;
  return {
    past: [...h.past, h.present],
    present: next,
    future: h.future.slice(1),
    pastFields: [...h.pastFields, h.futureFields[0] ?? null],
    futureFields: h.futureFields.slice(1),
    ...travelled,
  };
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;

/** How undoIn / redoIn read and write one field's value in a snapshot (undefined: the snapshot has no such field). */
export interface FieldAccess<T, V> {
  readonly get: (snapshot: T) => V | undefined;
  readonly set: (snapshot: T, value: V) => T;
  readonly same: (a: V, b: V) => boolean;
}

/**
 * Undo in a focused text field: its last step, even when edits elsewhere came after it. That step is moved to the end
 * of the history first — the later snapshots get the field's value from before it, which they held apart from that
 * one field — and then undone, so redo brings it back and undoing further still reaches the later edits. null when
 * the field has no step to undo, or a later step changed the field too (the caller goes on with plain undo).
 */
export function undoIn<T, V>(h: History<T>, field: string, access: FieldAccess<T, V>): History<T> | null {
  const i = h.pastFields.lastIndexOf(field);
  if (i < 0) return null;
  if (i === h.past.length - 1) return undo(h);
  const before = access.get(h.past[i]!);
  const after = access.get(h.past[i + 1]!);
  if (before === undefined || after === undefined || access.get(h.present) === undefined) return null;
  const later = [...h.past.slice(i + 1), h.present];
  if (!later.every((s) => isOrLacks(access, s, after))) return null;
  const rebased = later.slice(1).map((s) => (access.get(s) === undefined ? s : access.set(s, before)));
  return {
    past: [...h.past.slice(0, i + 1), ...rebased.slice(0, -1)],
    present: rebased[rebased.length - 1]!,
    future: [h.present, ...h.future],
    pastFields: [...h.pastFields.slice(0, i), ...h.pastFields.slice(i + 1)],
    futureFields: [field, ...h.futureFields],
    ...travelled,
  };
}

/**
 * Redo in a focused text field: its next undone step, even when undone edits elsewhere come before it (undoIn's
 * mirror: the step is moved to the front of the redo list, the snapshots it passes get the field's value after it).
 */
export function redoIn<T, V>(h: History<T>, field: string, access: FieldAccess<T, V>): History<T> | null {
  const j = h.futureFields.indexOf(field);
  if (j < 0) return null;
  if (j === 0) return redo(h);
  const before = access.get(h.future[j - 1]!);
  const after = access.get(h.future[j]!);
  if (before === undefined || after === undefined || access.get(h.present) === undefined) return null;
  const earlier = [h.present, ...h.future.slice(0, j)];
  if (!earlier.every((s) => isOrLacks(access, s, before))) return null;
  const moved = (s: T) => (access.get(s) === undefined ? s : access.set(s, after));
  return {
    past: [...h.past, h.present],
    present: moved(h.present),
    future: [...h.future.slice(0, j - 1).map(moved), ...h.future.slice(j)],
    pastFields: [...h.pastFields, field],
    futureFields: [...h.futureFields.slice(0, j), ...h.futureFields.slice(j + 1)],
    ...travelled,
  };
}

function isOrLacks<T, V>(access: FieldAccess<T, V>, snapshot: T, value: V): boolean {
  const v = access.get(snapshot);
  return v === undefined || access.same(v, value);
}

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
    pastFields: h.pastFields.slice(0, start),
    futureFields: h.futureFields,
    ...travelled,
  };
}
