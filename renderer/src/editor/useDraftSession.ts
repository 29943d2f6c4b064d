import { useEffect, useReducer, useRef, useState } from 'react';
import type { OpenedDraft } from '../../../shared/api/contract';
import type { Draft } from '../../../shared/model';
import { api, errorMessage } from '../api';
import { AutoSaver } from '../logic/autosave';
import type { SaveState } from '../logic/autosave';
import { historyKey } from '../logic/keys';
import { editorReducer, initEditor } from './state';

/** The text field with the focus (its `data-field`, logic/textFields): undo and redo go through its steps first. */
export function focusedTextField(): string | null {
  const el = document.activeElement;
  return el instanceof HTMLElement ? (el.dataset.field ?? null) : null;
}

/**
 * The open draft's session: its undo history and refused inputs (editor/state), and the autosave that writes each
 * change (logic/autosave), flushed as well when the page is hidden. A read-only version is never saved.
 */
export function useDraftSession(opened: OpenedDraft) {
  const readOnly = opened.readOnly;
  const [state, dispatch] = useReducer(editorReducer, opened.draft, initEditor);
  const draft = state.history.present;
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', savedAt: null });
  const [saver] = useState(
    () =>
      new AutoSaver<Draft>({
        save: (d) => api().saveDraft(d),
        onState: setSaveState,
        describeError: errorMessage,
      }),
  );
  const seen = useRef(opened.draft);
  useEffect(() => {
    if (readOnly || draft === seen.current) return;
    seen.current = draft;
    saver.change(draft);
  }, [draft, readOnly, saver]);
  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden') void saver.flush().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', flush);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      saver.dispose();
    };
  }, [saver]);

  // Ctrl+Z / Ctrl+Y and the menu's 撤销 / 重做 take the same path, in the focused text field first. preventDefault on the key is what keeps it to one
  // undo: the browser's text undo does not run, and (macOS) Electron performs no menu key equivalent for a handled
  // key; on Windows/Linux the menu's accelerator is not registered at all (electron/menu.ts).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const which = historyKey(e);
      if (!which || readOnly) return;
      e.preventDefault();
      dispatch({ type: which, field: focusedTextField() });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [readOnly]);

  /** Saves now; a failure is already shown by the save status, so it is not thrown again. */
  const saveNow = () => void saver.flush().catch(() => undefined);
  return { state, dispatch, draft, saver, saveState, saveNow };
}
