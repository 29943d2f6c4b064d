import type { ApiErrorShape } from './contract';

export type ApiErrorCode = ApiErrorShape['code'];

/** An error meant for the user: a code the renderer can branch on and a Chinese message it can show as is. */
export class ApiError extends Error implements ApiErrorShape {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }

  toShape(): ApiErrorShape {
    return { code: this.code, message: this.message };
  }
}

/** Keyed by the contract's codes, so the type check fails here when the contract gains or loses one. */
const CODES: Readonly<Record<ApiErrorCode, true>> = {
  'invalid-arguments': true,
  forbidden: true,
  'not-found': true,
  'read-only': true,
  conflict: true,
  io: true,
  internal: true,
};

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof message === 'string' && typeof code === 'string' && Object.hasOwn(CODES, code);
}

const MAX_DETAIL = 200;

/**
 * The first line of an unexpected error's message with every quoted absolute path (`open '/home/…/x.json'`,
 * `'C:\\Users\\…'`) replaced by `…`: enough to report the fault, nothing about the disk, never a stack.
 */
export function redactDetail(message: string): string {
  const line = message.split('\n', 1)[0] ?? '';
  const redacted = line.replace(/(['"`])(?:[A-Za-z]:[\\/]|[\\/]|file:)[^'"`]*\1/g, '$1…$1');
  return redacted.length > MAX_DETAIL ? `${redacted.slice(0, MAX_DETAIL)}…` : redacted;
}

/**
 * What crosses the IPC boundary (and the web test bridge): a plain object, since custom Error properties are lost when
 * Electron copies a rejection into the page. Anything that is not an ApiError is an internal fault; its message goes
 * across without paths or stack (`redactDetail`).
 */
export function toApiErrorShape(err: unknown): ApiErrorShape {
  if (err instanceof ApiError) return err.toShape();
  if (isApiErrorShape(err)) return { code: err.code, message: err.message };
  const detail = redactDetail(err instanceof Error ? err.message : String(err));
  return { code: 'internal', message: detail ? `程序内部错误：${detail}` : '程序内部错误' };
}
