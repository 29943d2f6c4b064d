/** The editor's state: the draft's undo history and the refused inputs kept at their fields (never in the draft). */
import type { Draft } from '../../../shared/model';
import { dropGroup, record, redo, seal, startHistory, undo } from '../logic/history';
import type { History } from '../logic/history';
import { changedPlace } from '../logic/places';
import type { Place } from '../logic/places';

export interface RefusedInput {
  readonly text: string;
  readonly reason: string;
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
}

export type EditorAction =
  | { readonly type: 'edit'; readonly change: (d: Draft) => Draft; readonly key: string | null; readonly now: number }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'seal' }
  | { readonly type: 'drop'; readonly key: string }
  | { readonly type: 'refuse'; readonly entries: Readonly<Record<string, RefusedInput | null>> };

export const initEditor = (draft: Draft): EditorState => ({
  history: startHistory(draft),
  refused: {},
  travels: 0,
  travelPlace: null,
});

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit': {
      const history = record(state.history, action.change(state.history.present), action.key, action.now);
      return history === state.history ? state : { ...state, history };
    }
    case 'undo':
    case 'redo': {
      const history = action.type === 'undo' ? undo(state.history) : redo(state.history);
      if (history === state.history) return state;
      const travelPlace = changedPlace(state.history.present, history.present);
      return { ...state, history, travels: state.travels + 1, travelPlace };
    }
    case 'seal':
      return { ...state, history: seal(state.history) };
    case 'drop':
      return { ...state, history: dropGroup(state.history, action.key) };
    case 'refuse': {
      const refused = { ...state.refused };
      let changed = false;
      for (const [address, entry] of Object.entries(action.entries)) {
        if (entry === null) {
          if (address in refused) {
            delete refused[address];
            changed = true;
          }
        } else if (refused[address]?.text !== entry.text || refused[address]?.reason !== entry.reason) {
          refused[address] = entry;
          changed = true;
        }
      }
      return changed ? { ...state, refused } : state;
    }
  }
}

/** An edit stamped with the time now (kept out of components so render stays pure). */
export const editAction = (change: (d: Draft) => Draft, key: string | null = null): EditorAction => ({
  type: 'edit',
  change,
  key,
  now: Date.now(),
});

/** Take the user to a place (a finding, a refused input, what undo changed); the nonce makes a repeat count. */
export interface FocusRequest {
  readonly place: Place;
  readonly nonce: number;
}

let nonce = 0;
/** Distinguishes two requests to focus the same place. */
export const nextNonce = (): number => ++nonce;
