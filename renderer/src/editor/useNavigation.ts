import { useCallback, useEffect, useReducer } from 'react';
import type { Finding } from '../../../shared/rules';
import type { TableId } from '../../../shared/templates';
import { findingPlace } from '../logic/findingPlace';
import type { NavTarget } from '../logic/findings';
import { inputPlace } from '../logic/places';
import type { Place } from '../logic/places';
import { routeHash } from '../logic/route';
import { initNav, navReducer } from './navigation';
import { nextNonce } from './state';
import type { EditorState } from './state';

/**
 * The part shown and the focus asked for, kept in the URL (a reload reopens the same part; read-only versions have no
 * URL), with the ways to go somewhere. Undo and redo show what they changed: its part opens and the cell or field
 * takes the focus.
 */
export function useNavigation(
  initialPart: NavTarget,
  draftId: string,
  readOnly: boolean,
  editor: Pick<EditorState, 'travels' | 'travelPlace'>,
) {
  const [nav, dispatch] = useReducer(navReducer, initialPart, initNav);
  useEffect(() => {
    if (!readOnly) history.replaceState(null, '', routeHash({ draftId, part: nav.part }));
  }, [nav.part, readOnly, draftId]);

  if (nav.travels !== editor.travels)
    dispatch({ type: 'travelled', travels: editor.travels, place: editor.travelPlace, nonce: nextNonce() });

  const goTo = useCallback((place: Place) => dispatch({ type: 'goTo', place, nonce: nextNonce() }), []);
  const goToFinding = useCallback(
    (f: Finding) => {
      const place = findingPlace(f);
      if (place) goTo(place);
    },
    [goTo],
  );
  const goToRefused = useCallback((address: string) => goTo(inputPlace(address)), [goTo]);
  const goToTable = useCallback((table: TableId) => goTo({ kind: 'part', part: table }), [goTo]);
  const show = useCallback((part: NavTarget) => dispatch({ type: 'show', part }), []);
  return { part: nav.part, focus: nav.focus, goTo, goToFinding, goToRefused, goToTable, show };
}
