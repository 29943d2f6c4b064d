import { describe, expect, it } from 'vitest';
import { onMenuCommand } from '../../renderer/src/logic/menu';
import { MENU_EVENT } from '../../shared/api/channels';

describe('app menu commands in the page', () => {
  it('passes on known commands, ignores anything else, and stops when asked', () => {
    const target = new EventTarget();
    const seen: string[] = [];
    const stop = onMenuCommand(target, (c) => seen.push(c));
    target.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: 'exportDocx' }));
    target.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: 'formatDisk' }));
    target.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: { command: 'saveNow' } }));
    stop();
    target.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: 'saveNow' }));
    expect(seen).toEqual(['exportDocx']);
  });
});
