/**
 * One handler per contract method, nothing else. Each call is checked for its sender (the app's own page, top frame),
 * then dispatched (dispatch.ts: the contract's zod tuple, errors as ApiError shapes). Results and errors travel in an
 * envelope: a rejection thrown across IPC would lose the error code.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { API_METHODS, channelOf } from '../shared/api/contract';
import type { IpcEnvelope } from '../shared/api/channels';
import type { ApiMethod, ReportStudioApi } from '../shared/api/contract';
import { dispatchCall } from './dispatch';
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
  return dispatchCall(api, method, args);
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
