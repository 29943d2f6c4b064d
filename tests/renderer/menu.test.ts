import { describe, expect, it } from 'vitest';
import { isHistoryCommand, onMenuCommand } from '../../renderer/src/logic/menu';
import { MENU_COMMANDS, MENU_EVENT } from '../../shared/api/channels';

const menuEvent = (detail: unknown) => new CustomEvent(MENU_EVENT, { detail, cancelable: true });

describe('app menu commands in the page', () => {
  it('passes on known commands, ignores anything else, and stops when asked', () => {
    const target = new EventTarget();
    const seen: string[] = [];
    const stop = onMenuCommand(target, (c) => {
      seen.push(c);
    });
    target.dispatchEvent(menuEvent('exportDocx'));
    target.dispatchEvent(menuEvent('formatDisk'));
    target.dispatchEvent(menuEvent({ command: 'saveNow' }));
    stop();
    target.dispatchEvent(menuEvent('saveNow'));
    expect(seen).toEqual(['exportDocx']);
  });

  it('cancels the event only when the handler claims the command (main then skips the browser’s text undo)', () => {
    const target = new EventTarget();
    const stop = onMenuCommand(target, (c) => (c === 'undo' ? true : undefined));
    // dispatchEvent is what main's script returns: false = claimed by the page.
    expect(target.dispatchEvent(menuEvent('undo'))).toBe(false);
    expect(target.dispatchEvent(menuEvent('redo'))).toBe(true);
    expect(target.dispatchEvent(menuEvent('saveNow'))).toBe(true);
    stop();
    expect(target.dispatchEvent(menuEvent('undo'))).toBe(true);
  });

  it('knows 撤销 and 重做 as menu commands and as the editor’s history commands', () => {
    expect(MENU_COMMANDS).toEqual(expect.arrayContaining(['undo', 'redo']));
    expect(MENU_COMMANDS.filter(isHistoryCommand)).toEqual(['undo', 'redo']);
  });
});
