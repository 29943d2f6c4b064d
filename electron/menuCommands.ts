/**
 * Sends a menu command to the page (see MENU_EVENT). 撤销/重做 belong to the editor's own history; where no page code
 * claims them (the drafts screen, whose fields have no app history) the browser's text undo/redo does the job.
 */
import { MENU_EVENT } from '../shared/api/channels';
import type { MenuCommand } from '../shared/api/channels';

/** Run in the page: true when no listener claimed the command (`dispatchEvent` is false after `preventDefault`). */
export const menuEventScript = (command: MenuCommand): string =>
  `window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_EVENT)}, { detail: ${JSON.stringify(command)}, cancelable: true }))`;

/** The part of WebContents this needs. */
export interface CommandTarget {
  executeJavaScript(code: string): Promise<unknown>;
  undo(): void;
  redo(): void;
}

export async function sendMenuCommand(contents: CommandTarget, command: MenuCommand): Promise<void> {
  const unclaimed = await contents.executeJavaScript(menuEventScript(command)).catch(() => false);
  if (unclaimed !== true) return;
  if (command === 'undo') contents.undo();
  else if (command === 'redo') contents.redo();
}
