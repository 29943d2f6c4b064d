/**
 * The one place a call from the page meets the backend, for the app's IPC (ipc.ts) and the web test bridge
 * (dev/serve-web.ts) alike: the method must be the contract's, its arguments must pass the contract's zod tuple, and
 * whatever the handler throws comes back as an ApiError shape. No `electron` import: the bridge runs on plain Node.
 */
import { apiArgs } from '../shared/api/contract';
import type { ApiMethod, ReportStudioApi } from '../shared/api/contract';
import type { IpcEnvelope } from '../shared/api/channels';
import { toApiErrorShape } from '../shared/api/errors';
import { formatZodError } from '../shared/model';

/** Whether a name from the outside is one of the contract's methods (own entries only: never `toString`). */
export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(apiArgs, name);

export async function dispatchCall(api: ReportStudioApi, method: string, args: unknown): Promise<IpcEnvelope> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'not-found', message: `没有这个方法：${method}` } };
  const parsed = apiArgs[method].safeParse(args);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-arguments', message: `参数无效：\n${formatZodError(parsed.error)}` } };
  }
  try {
    const call = api[method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await call(...(parsed.data as unknown[])) };
  } catch (err) {
    const error = toApiErrorShape(err);
    // The page gets the code and a message without paths or stack; the whole error stays in this process's log.
    if (error.code === 'internal') console.error(`report-studio: ${method} failed`, err);
    return { ok: false, error };
  }
}
