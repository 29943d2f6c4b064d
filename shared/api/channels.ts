/**
 * IPC channel names, kept free of zod and the format data so the sandboxed preload bundle stays tiny: it imports only
 * this file and types.
 */
import type { ApiMethod } from './contract';

export const CHANNEL_PREFIX = 'report-studio:';

/** The IPC channel of a method: one channel per method, nothing else is listened to. */
export const channelOf = (method: ApiMethod): string => `${CHANNEL_PREFIX}${method}`;

/**
 * Menu commands reach the page as a DOM event (`window` CustomEvent, `detail` = the command), dispatched by the main
 * process, so the preload exposes nothing beyond the contract's methods.
 */
export const MENU_EVENT = 'report-studio:menu';
export const MENU_COMMANDS = ['newDraft', 'importReport', 'exportDocx', 'saveNow', 'showDrafts'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Before the window closes, the main process calls `window[RENDERER_FLUSH_HOOK]()` in the page, when the page defines
 * it, and waits (a few seconds at most) for the promise it returns: the editor's pending autosave goes out first.
 */
export const RENDERER_FLUSH_HOOK = '__reportStudioFlushPendingSaves';
