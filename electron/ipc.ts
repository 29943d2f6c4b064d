/**
 * One handler per contract method, nothing else. Each call is checked for its sender (the app's own page, top frame)
 * and its arguments (the contract's zod tuple) before the service sees it. Results and errors travel in an envelope:
 * a rejection thrown across IPC would lose the error code.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { API_METHODS, apiArgs, channelOf } from '../shared/api/contract';
import type { IpcEnvelope } from '../shared/api/channels';
import type { ApiMethod, ReportStudioApi } from '../shared/api/contract';
import { toApiErrorShape } from '../shared/api/errors';
import { formatZodError } from '../shared/model';
import { isAppUrl } from './security';

/** The app's page in its top frame; an iframe, a destroyed frame or any other URL is foreign. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export async function handleCall(
  api: ReportStudioApi,
  method: ApiMethod,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  args: unknown[],
): Promise<IpcEnvelope> {
  if (!isTrustedSender(event)) {
    return { ok: false, error: { code: 'forbidden', message: '拒绝来自外部页面的调用' } };
  }
  const parsed = apiArgs[method].safeParse(args);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-arguments', message: `参数无效：\n${formatZodError(parsed.error)}` } };
  }
  try {
    const call = api[method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await call(...(parsed.data as unknown[])) };
  } catch (err) {
    const error = toApiErrorShape(err);
    // The page gets the code and a message without paths or stack; the whole error stays in the main process's log.
    if (error.code === 'internal') console.error(`report-studio: ${method} failed`, err);
    return { ok: false, error };
  }
}

/** Registers every contract method; returns the function that removes them again. */
export function registerIpc(api: ReportStudioApi): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) => handleCall(api, method, event, args));
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(channelOf(method));
  };
}
