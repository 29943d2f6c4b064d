import { describe, expect, it } from 'vitest';
import { gridKeyAction, historyKey } from '../../renderer/src/logic/keys';

const key = (
  k: string,
  mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('grid keys', () => {
  it('arrows move in nav and typing modes; left/right move the caret after F2', () => {
    expect(gridKeyAction(key('ArrowRight'), 'nav')).toEqual({ type: 'move', direction: 'right' });
    expect(gridKeyAction(key('ArrowRight'), 'enter')).toEqual({ type: 'move', direction: 'right' });
    expect(gridKeyAction(key('ArrowRight'), 'edit')).toEqual({ type: 'native' });
    expect(gridKeyAction(key('ArrowDown'), 'edit')).toEqual({ type: 'move', direction: 'down' });
  });

  it('Shift+arrows extend a block from a selected cell, and move on while typing', () => {
    expect(gridKeyAction(key('ArrowDown', { shiftKey: true }), 'nav')).toEqual({ type: 'extend', direction: 'down' });
    expect(gridKeyAction(key('ArrowDown', { shiftKey: true }), 'enter')).toEqual({ type: 'move', direction: 'down' });
  });

  it('Tab/Shift+Tab and Enter/Shift+Enter commit and move', () => {
    expect(gridKeyAction(key('Tab', { shiftKey: true }), 'enter')).toEqual({ type: 'tab', backwards: true });
    expect(gridKeyAction(key('Enter'), 'nav')).toEqual({ type: 'enter', backwards: false });
  });

  it('F2 edits, Esc cancels typing (and refused text left at a selected cell), Delete clears a selected cell', () => {
    expect(gridKeyAction(key('F2'), 'nav')).toEqual({ type: 'edit' });
    expect(gridKeyAction(key('Escape'), 'enter')).toEqual({ type: 'cancel' });
    expect(gridKeyAction(key('Escape'), 'nav')).toEqual({ type: 'cancel' });
    expect(gridKeyAction(key('Delete'), 'nav')).toEqual({ type: 'clear' });
    expect(gridKeyAction(key('Delete'), 'edit')).toEqual({ type: 'native' });
  });

  it('types characters itself when selecting or typing, and leaves F2 editing, IME and shortcuts native', () => {
    expect(gridKeyAction(key('7'), 'nav')).toEqual({ type: 'type', char: '7' });
    expect(gridKeyAction(key('.'), 'enter')).toEqual({ type: 'type', char: '.' });
    expect(gridKeyAction(key('7'), 'edit')).toEqual({ type: 'native' });
    expect(gridKeyAction(key('Process'), 'nav')).toEqual({ type: 'native' });
    expect(gridKeyAction(key('ArrowDown', { ctrlKey: true }), 'nav')).toEqual({ type: 'native' });
    expect(gridKeyAction(key('v', { ctrlKey: true }), 'nav')).toEqual({ type: 'native' });
  });

  it('Backspace clears a selected cell, deletes the last character while typing, and is native after F2', () => {
    expect(gridKeyAction(key('Backspace'), 'nav')).toEqual({ type: 'clear' });
    expect(gridKeyAction(key('Backspace'), 'enter')).toEqual({ type: 'backspace' });
    expect(gridKeyAction(key('Backspace'), 'edit')).toEqual({ type: 'native' });
  });

  it('maps Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z to undo/redo', () => {
    expect(historyKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyKey(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyKey(key('z'))).toBeNull();
  });

  it('leaves Ctrl+Z to the input method while it composes (拼音 in a paragraph), and takes it after', () => {
    expect(historyKey({ ...key('z', { ctrlKey: true }), isComposing: true })).toBeNull();
    expect(historyKey({ ...key('z', { ctrlKey: true }), isComposing: false })).toBe('undo');
  });
});
