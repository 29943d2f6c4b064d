/** The editor's state: the draft's undo history and the refused inputs kept at their fields (never in the draft). */
import type { Draft } from '../../../shared/model';
import type { TableId } from '../../../shared/templates';
import { textDiff } from '../logic/bursts';
import { dropGroup, record, redo, redoIn, seal, startHistory, undo, undoIn } from '../logic/history';
import type { History } from '../logic/history';
import type { RefusedValue } from '../logic/paste';
import { changedPlace, inputPlace } from '../logic/places';
import { fieldAccess, fieldText, placeField, textEdit } from '../logic/textFields';
import type { Place } from '../logic/places';

export interface RefusedInput {
  readonly text: string;
  readonly reason: string;
}

/**
 * The values of one paste that went nowhere: outside the table, or on a total they disagree with. No field keeps
 * them, so the rule panel lists them until the user dismisses them (the paste banner goes when the part changes).
 */
export interface PasteLeftovers {
  readonly id: number;
  readonly table: TableId;
  readonly values: readonly RefusedValue[];
}

export interface EditorState {
  readonly history: History<Draft>;
  /**
   * Text typed or pasted into a cell or a 2021 fee field (`processingFees.…`) that the parser refused, by address:
   * shown at the field and in the rule panel until fixed, whatever part the user goes to.
   */
  readonly refused: Readonly<Record<string, RefusedInput>>;
  /** Counts undos and redos: a cell's typing session that began before one is over (its text is stale). */
  readonly travels: number;
  /** What the last undo or redo changed, so the editor can show it. */
  readonly travelPlace: Place | null;
  /**
   * The refused inputs of the user's last action (typing refused text, or a paste), so that Ctrl+Z takes them back
   * first, as the user expects; `withStep`: the same action also changed the draft (a paste's accepted values).
   */
  readonly lastRefused: { readonly addresses: readonly string[]; readonly withStep: boolean } | null;
  /** Pasted values not kept at any field, per paste, oldest first, until dismissed. */
  readonly leftovers: readonly PasteLeftovers[];
  /** Pastes so far: the id of the next one's leftovers. */
  readonly pastes: number;
}

type RefusedEntries = Readonly<Record<string, RefusedInput | null>>;

export type EditorAction =
  | {
      readonly type: 'edit';
      readonly change: (d: Draft) => Draft;
      readonly key: string | null;
      readonly now: number;
      /** The text field edited (logic/textFields): its typing goes by bursts, and undo in it finds its steps. */
      readonly field?: string;
      /** The field's text after the edit, as the field holds it (spares joining a long body's paragraphs again). */
      readonly text?: string;
    }
  /** `field`: the text field that has the focus, whose own steps go first. */
  | { readonly type: 'undo'; readonly field?: string | null }
  | { readonly type: 'redo'; readonly field?: string | null }
  | { readonly type: 'seal' }
  | { readonly type: 'drop'; readonly key: string }
  | { readonly type: 'refuse'; readonly entries: RefusedEntries }
  /**
   * A pasted block: its accepted values as one undo step, its refused values beside the draft at their cells, and
   * the values that landed on no cell of `table` (outside it, or on a disagreeing total) as leftovers.
   */
  | {
      readonly type: 'paste';
      readonly change: (d: Draft) => Draft;
      readonly entries: RefusedEntries;
      readonly now: number;
      readonly table?: TableId;
      readonly leftovers?: readonly RefusedValue[];
    }
  | { readonly type: 'dismissLeftovers'; readonly id: number };

export const initEditor = (draft: Draft): EditorState => ({
  history: startHistory(draft),
  refused: {},
  travels: 0,
  travelPlace: null,
  lastRefused: null,
  leftovers: [],
  pastes: 0,
});

function withRefused(
  refused: Readonly<Record<string, RefusedInput>>,
  entries: RefusedEntries,
): Readonly<Record<string, RefusedInput>> {
  const next = { ...refused };
  let changed = false;
  for (const [address, entry] of Object.entries(entries)) {
    if (entry === null) {
      if (address in next) {
        delete next[address];
        changed = true;
      }
    } else if (next[address]?.text !== entry.text || next[address]?.reason !== entry.reason) {
      next[address] = entry;
      changed = true;
    }
  }
  return changed ? next : refused;
}

const refusedIn = (entries: RefusedEntries): string[] =>
  Object.entries(entries)
    .filter(([, e]) => e !== null)
    .map(([a]) => a);

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit': {
      const next = action.change(state.history.present);
      const edit = action.field === undefined ? undefined : textEdit(action.field, next, action.text);
      const history = record(state.history, next, action.key, action.now, edit);
      return history === state.history ? state : { ...state, history, lastRefused: null };
    }
    case 'paste': {
      const history = record(state.history, action.change(state.history.present), null, action.now);
      const addresses = refusedIn(action.entries);
      const id = state.pastes + 1;
      const leftovers =
        action.table && action.leftovers?.length
          ? [...state.leftovers, { id, table: action.table, values: action.leftovers }]
          : state.leftovers;
      return {
        ...state,
        history,
        refused: withRefused(state.refused, action.entries),
        lastRefused: addresses.length > 0 ? { addresses, withStep: history !== state.history } : null,
        pastes: id,
        leftovers,
      };
    }
    case 'dismissLeftovers': {
      const leftovers = state.leftovers.filter((l) => l.id !== action.id);
      return leftovers.length === state.leftovers.length ? state : { ...state, leftovers };
    }
    case 'undo': {
      const last = state.lastRefused;
      const taken = last?.addresses.filter((a) => a in state.refused) ?? [];
      if (last && taken.length > 0) {
        // The user's last action left refused text: undo takes it back (with the paste it came with).
        const history = last.withStep ? undo(state.history) : state.history;
        const travelPlace = changedPlace(state.history.present, history.present) ?? inputPlace(taken[0]!);
        const refused = withRefused(state.refused, Object.fromEntries(taken.map((a) => [a, null])));
        return { ...state, history, refused, travels: state.travels + 1, travelPlace, lastRefused: null };
      }
      const inField = action.field ? undoIn(state.history, action.field, fieldAccess(action.field)) : null;
      return travelled(state, inField ?? undo(state.history));
    }
    case 'redo': {
      const inField = action.field ? redoIn(state.history, action.field, fieldAccess(action.field)) : null;
      return travelled(state, inField ?? redo(state.history));
    }
    case 'seal': {
      const history = seal(state.history);
      return history === state.history ? state : { ...state, history };
    }
    case 'drop':
      return { ...state, history: dropGroup(state.history, action.key) };
    case 'refuse': {
      const refused = withRefused(state.refused, action.entries);
      if (refused === state.refused) return state;
      const addresses = refusedIn(action.entries);
      return {
        ...state,
        refused,
        lastRefused: addresses.length > 0 ? { addresses, withStep: false } : state.lastRefused,
      };
    }
  }
}

/** After an undo or redo: the editor shows what it changed, in a text field with the caret where the text changed. */
function travelled(state: EditorState, history: History<Draft>): EditorState {
  if (history === state.history) return state;
  const before = state.history.present;
  const after = history.present;
  let travelPlace = changedPlace(before, after);
  const field = travelPlace && placeField(travelPlace);
  if (travelPlace && field && (travelPlace.kind === 'section' || travelPlace.kind === 'front')) {
    const was = fieldText(before, field);
    const now = fieldText(after, field);
    if (was !== null && now !== null) {
      const diff = textDiff(was, now);
      travelPlace = { ...travelPlace, caret: diff.at + diff.inserted.length };
    }
  }
  return { ...state, history, travels: state.travels + 1, travelPlace, lastRefused: null };
}

/** An edit stamped with the time now (kept out of components so render stays pure). */
export const editAction = (change: (d: Draft) => Draft, key: string | null = null): EditorAction => ({
  type: 'edit',
  change,
  key,
  now: Date.now(),
});

/**
 * An edit of a text field (logic/textFields): typing merges by bursts, anything else (`typed: false`, a paste) is a
 * step of its own; either way the step is the field's. `text`: the field's new text, when the caller has it.
 */
export const textAction = (
  change: (d: Draft) => Draft,
  field: string,
  options: { typed?: boolean; text?: string } = {},
): EditorAction => ({
  type: 'edit',
  change,
  key: options.typed === false ? null : field,
  now: Date.now(),
  field,
  ...(options.text === undefined ? {} : { text: options.text }),
});

/** Take the user to a place (a finding, a refused input, what undo changed); the nonce makes a repeat count. */
export interface FocusRequest {
  readonly place: Place;
  readonly nonce: number;
}

let nonce = 0;
/** Distinguishes two requests to focus the same place. */
export const nextNonce = (): number => ++nonce;
