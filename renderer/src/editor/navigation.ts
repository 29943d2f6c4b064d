/**
 * Which part the editor shows and what it asked to focus there. Both change together: going to a place (a finding, a
 * refused input, what an undo changed) opens its part and focuses it; choosing a part in the navigation focuses nothing.
 */
import type { NavTarget } from '../logic/findings';
import { placePart } from '../logic/places';
import type { Place } from '../logic/places';
import type { FocusRequest } from './state';

export interface NavState {
  readonly part: NavTarget;
  readonly focus: FocusRequest | null;
  /** The editor history's undo/redo count last shown (EditorState.travels). */
  readonly travels: number;
}

export type NavAction =
  | { readonly type: 'goTo'; readonly place: Place; readonly nonce: number }
  | { readonly type: 'show'; readonly part: NavTarget }
  /** An undo or redo happened: it shows what it changed, if anything. */
  | { readonly type: 'travelled'; readonly travels: number; readonly place: Place | null; readonly nonce: number };

export const initNav = (part: NavTarget, travels = 0): NavState => ({ part, focus: null, travels });

const goTo = (state: NavState, place: Place, nonce: number): NavState => ({
  ...state,
  part: placePart(place),
  focus: { place, nonce },
});

export function navReducer(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case 'goTo':
      return goTo(state, action.place, action.nonce);
    case 'show':
      return { ...state, part: action.part, focus: null };
    case 'travelled': {
      const next = { ...state, travels: action.travels };
      return action.place ? goTo(next, action.place, action.nonce) : next;
    }
  }
}
