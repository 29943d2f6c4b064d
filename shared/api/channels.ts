/**
 * IPC channel names, kept free of zod and the format data so the sandboxed preload bundle stays tiny: it imports only
 * this file and types.
 */
import type { ApiErrorShape, ApiMethod } from './contract';

export const CHANNEL_PREFIX = 'report-studio:';

/** The IPC channel of a method: one channel per method, nothing else is listened to. */
export const channelOf = (method: ApiMethod): string => `${CHANNEL_PREFIX}${method}`;

/** What every channel answers: a rejection thrown across IPC would lose the error code, so errors travel as values. */
export type IpcEnvelope =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ApiErrorShape };

/**
 * Menu commands reach the page as a DOM event (`window` CustomEvent, `detail` = the command), dispatched by the main
 * process, so the preload exposes nothing beyond the contract's methods. The event is cancelable: a page that carries
 * out `undo`/`redo` itself calls `preventDefault()` (`dispatchEvent` then returns false in main); otherwise main falls
 * back to the browser's own text undo/redo (fields of the drafts screen, which have no app history).
 */
export const MENU_EVENT = 'report-studio:menu';
export const MENU_COMMANDS = [
  'newDraft',
  'importReport',
  'exportDocx',
  'print',
  'saveNow',
  'showDrafts',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Before the window closes (also when the app quits), the main process calls `window[RENDERER_FLUSH_HOOK]()` in the
 * page, when the page defines it, and waits (a few seconds at most) for the `FlushResult` its promise resolves to: the
 * editor's pending autosave goes out first, and what could not be kept is reported so main can ask before closing.
 */
export const RENDERER_FLUSH_HOOK = '__reportStudioFlushPendingSaves';

/** What the page's flush hook reports when the window is about to close. */
export interface FlushResult {
  /** Everything the user changed is on disk (nothing pending, the last save did not fail). */
  readonly saved: boolean;
  /** Why not, in the user's words (the save error), when `saved` is false. */
  readonly message?: string;
  /** Inputs the parser refused: shown in their fields, never in the draft, so closing drops them. */
  readonly refusedCount: number;
}
