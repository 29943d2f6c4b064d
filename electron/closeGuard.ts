/**
 * Closing the window (its close box, 退出, Ctrl+Q, quitting the app) never drops the user's work without asking: the
 * page's flush hook writes what is pending and reports what it could not keep; when anything would be lost the user
 * chooses between 返回编辑 and 仍然关闭. No `electron` import: main.ts passes in the window, the page call and the
 * dialog, so this is tested as plain code.
 */
import { RENDERER_FLUSH_HOOK } from '../shared/api/channels';
import type { FlushResult } from '../shared/api/channels';

/** How long closing waits for the page's last save. */
export const FLUSH_TIMEOUT_MS = 3000;

const hook = JSON.stringify(RENDERER_FLUSH_HOOK);
/** Run in the page: the hook's promise, or null when the page has none (the drafts screen holds no edits). */
export const FLUSH_HOOK_SCRIPT = `typeof window[${hook}] === 'function' ? window[${hook}]() : null`;

/** What closing learnt from the page. */
export type FlushOutcome =
  | { readonly kind: 'no-hook' }
  | { readonly kind: 'result'; readonly result: FlushResult }
  | { readonly kind: 'timeout' }
  /** The call failed or answered something that is not a FlushResult: whether anything was saved is unknown. */
  | { readonly kind: 'no-answer' };

/** Reads the page's answer; the page is not trusted to answer in shape, so anything odd counts as no answer. */
export function readFlushAnswer(value: unknown): FlushOutcome {
  if (value === null || value === undefined) return { kind: 'no-hook' };
  if (typeof value !== 'object') return { kind: 'no-answer' };
  const v = value as Record<string, unknown>;
  const refusedCount = v.refusedCount;
  if (typeof v.saved !== 'boolean' || typeof refusedCount !== 'number' || !Number.isInteger(refusedCount)) {
    return { kind: 'no-answer' };
  }
  const message = typeof v.message === 'string' && v.message.trim() !== '' ? v.message.trim() : undefined;
  return {
    kind: 'result',
    result: { saved: v.saved, refusedCount: Math.max(0, refusedCount), ...(message ? { message } : {}) },
  };
}

/** Calls the page's hook, waiting at most `timeoutMs`. */
export async function collectFlush(
  runHook: () => Promise<unknown>,
  timeoutMs: number = FLUSH_TIMEOUT_MS,
): Promise<FlushOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<FlushOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  const answer = runHook().then(readFlushAnswer, (): FlushOutcome => ({ kind: 'no-answer' }));
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface CloseQuestion {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  /** 返回编辑 first: the default, and what Esc or the dialog's close box means. */
  readonly buttons: readonly [string, string];
}

export const STAY_BUTTON = '返回编辑';
export const CLOSE_BUTTON = '仍然关闭';

/** The question to ask before closing, or null when nothing would be lost. */
export function closeQuestion(outcome: FlushOutcome, timeoutMs: number = FLUSH_TIMEOUT_MS): CloseQuestion | null {
  const lines: string[] = [];
  const details: string[] = [];
  let unsavedReason: string | null = null;
  if (outcome.kind === 'timeout') unsavedReason = `保存在 ${Math.round(timeoutMs / 1000)} 秒内没有完成`;
  else if (outcome.kind === 'no-answer') unsavedReason = '页面没有回应，无法确认修改已经保存';
  else if (outcome.kind === 'result' && !outcome.result.saved) unsavedReason = outcome.result.message ?? '原因不明';
  if (unsavedReason !== null) {
    lines.push(`最后的修改未能保存：${unsavedReason}`);
    details.push('修改仍在窗口中。返回编辑后可以再保存（例如腾出磁盘空间后点“立即重试”），或先导出 Word 文档。');
  }
  const refused = outcome.kind === 'result' ? outcome.result.refusedCount : 0;
  if (refused > 0) {
    lines.push(`有${refused}处输入未被采用（格式不对），关闭后将丢失`);
    details.push('这些输入显示在各自的单元格或栏目中，并列在“检查结果”的“未采用”里。');
  }
  if (lines.length === 0) return null;
  details.push(`选择“${CLOSE_BUTTON}”将放弃以上内容。`);
  return {
    title: '关闭前确认',
    message: lines.join('\n'),
    detail: details.join('\n'),
    buttons: [STAY_BUTTON, CLOSE_BUTTON],
  };
}

/** The part of a BrowserWindow that closing needs. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuardOptions {
  /** Runs FLUSH_HOOK_SCRIPT in the page. */
  readonly runHook: () => Promise<unknown>;
  /** Shows the question; true when the user chose 仍然关闭. */
  readonly ask: (question: CloseQuestion) => Promise<boolean>;
  /** Last things before the window goes (the window's place is remembered). Failures are ignored. */
  readonly beforeClose?: () => Promise<unknown> | unknown;
  readonly timeoutMs?: number;
}

export interface CloseGuard {
  /** True once closing was decided (nothing at risk, or the user chose 仍然关闭): the page may no longer object. */
  readonly confirmed: () => boolean;
}

/**
 * Every close of `win` is held until the page has flushed; it goes ahead when nothing is at risk or the user says so,
 * and is called off (the window stays, with everything in it) when the user chooses 返回编辑.
 */
export function guardClose(win: ClosableWindow, options: CloseGuardOptions): CloseGuard {
  let confirmed = false;
  let deciding = false;

  const decide = async (): Promise<boolean> => {
    const question = closeQuestion(await collectFlush(options.runHook, options.timeoutMs), options.timeoutMs);
    if (!question) return true;
    try {
      return await options.ask(question);
    } catch (err) {
      // No dialog, no answer: staying keeps the work; the next close asks again.
      console.error('report-studio: the close dialog failed', err);
      return false;
    }
  };

  win.on('close', (event) => {
    if (confirmed) return;
    event.preventDefault();
    if (deciding) return; // a second click on the close box while the first close is still deciding
    deciding = true;
    void decide().then(async (close) => {
      deciding = false;
      // Staying also calls off a quit in progress: quitting closes the windows and goes on only once all are gone.
      if (!close) return;
      try {
        await options.beforeClose?.();
      } catch {
        // The window's place is a nicety; closing must not depend on it.
      }
      confirmed = true;
      if (!win.isDestroyed()) win.close();
    });
  });

  return { confirmed: () => confirmed };
}
