import { useCallback, useMemo } from 'react';
import type { Draft } from '../../../shared/model';
import { splitConfirmed } from '../../../shared/rules';
import type { CheckOptions, Finding } from '../../../shared/rules';
import type { Check } from '../logic/confirmations';
import { cachedCheck, confirmFinding, pruneConfirmations, withdrawConfirmation } from '../logic/confirmations';
import { editAction } from './state';
import type { EditorAction } from './state';

/** An edit or paste that also drops the confirmations its change makes stale, in the same undo step. */
export function pruning(action: EditorAction, check: Check): EditorAction {
  if (action.type !== 'edit' && action.type !== 'paste') return action;
  const change = action.change;
  return { ...action, change: (d: Draft) => pruneConfirmations(change(d), check) };
}

/**
 * The draft's findings split into open and 已核实 (shared/rules/confirmations), and the editor's dispatch with every
 * edit pruning the confirmations it made stale in the same undo step (logic/confirmations).
 */
export function useConfirmations(draft: Draft, options: CheckOptions, dispatch: (a: EditorAction) => void) {
  const { previous, today } = options;
  const check = useMemo(() => cachedCheck({ previous, today }), [previous, today]);
  const all = useMemo(() => check(draft), [check, draft]);
  const { open, confirmed } = useMemo(() => splitConfirmed(all, draft.confirmations), [all, draft.confirmations]);
  const edit = useCallback((action: EditorAction) => dispatch(pruning(action, check)), [dispatch, check]);
  const confirm = useCallback(
    (f: Finding, reason: string) => {
      const at = new Date().toISOString();
      edit(editAction((d) => confirmFinding(d, f.key, reason, at), null));
    },
    [edit],
  );
  const withdraw = useCallback((key: string) => edit(editAction((d) => withdrawConfirmation(d, key), null)), [edit]);
  return { all, open, confirmed, dispatch: edit, confirm, withdraw };
}
