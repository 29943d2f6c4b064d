/**
 * What a key does in the grid, by the cell's mode:
 * - nav: the cell is selected, its text selected; typing replaces it;
 * - enter: typing started in the cell; arrows commit and move, as in Excel;
 * - edit: F2 or double-click; left/right move the caret, up/down commit and move.
 */
import type { Direction } from './gridModel';

export type CellMode = 'nav' | 'enter' | 'edit';

export type GridAction =
  | { readonly type: 'move'; readonly direction: Direction }
  /** Shift+arrow on a selected cell: the block's other end moves (logic/gridBlock). */
  | { readonly type: 'extend'; readonly direction: Direction }
  | { readonly type: 'tab'; readonly backwards: boolean }
  | { readonly type: 'enter'; readonly backwards: boolean }
  | { readonly type: 'edit' }
  | { readonly type: 'cancel' }
  | { readonly type: 'clear' }
  /** A printable character while selecting or typing: the grid sets the text itself (replace / append). */
  | { readonly type: 'type'; readonly char: string }
  /** Backspace while typing: the last character goes (the caret is always at the end in this mode). */
  | { readonly type: 'backspace' }
  | { readonly type: 'native' };

export interface KeyLike {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** True while an input method (拼音 etc.) is composing: its keys are the IME's. */
  readonly isComposing?: boolean;
}

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function gridKeyAction(e: KeyLike, mode: CellMode): GridAction {
  if (e.ctrlKey || e.metaKey || e.altKey) return { type: 'native' };
  const direction = ARROWS[e.key];
  if (direction) {
    if (e.shiftKey && mode === 'nav') return { type: 'extend', direction };
    if (mode === 'edit' && (direction === 'left' || direction === 'right')) return { type: 'native' };
    return { type: 'move', direction };
  }
  switch (e.key) {
    case 'Tab':
      return { type: 'tab', backwards: e.shiftKey };
    case 'Enter':
      return { type: 'enter', backwards: e.shiftKey };
    case 'F2':
      return mode === 'nav' ? { type: 'edit' } : { type: 'native' };
    case 'Escape':
      // Also in nav: refused text kept at the cell is dropped (the grid ignores it when there is none).
      return { type: 'cancel' };
    case 'Delete':
      return mode === 'nav' ? { type: 'clear' } : { type: 'native' };
    case 'Backspace':
      return mode === 'nav' ? { type: 'clear' } : mode === 'enter' ? { type: 'backspace' } : { type: 'native' };
    default:
      // Handling the character in keydown skips the browser's editing command and its input events: typing a digit
      // costs one React update. IME composition ("Process"), dead keys and F2 editing stay native.
      if (e.key.length === 1 && mode !== 'edit') return { type: 'type', char: e.key };
      return { type: 'native' };
  }
}

/**
 * Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z, anywhere in the editor, text fields included: every field's typing is in the draft's
 * history (one step per typing session), so the browser's own text undo would run a second, disagreeing history.
 * Not while an IME composes: replacing the field's text under an open composition would garble it.
 */
export function historyKey(e: KeyLike): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.isComposing === true) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y') return 'redo';
  return null;
}
