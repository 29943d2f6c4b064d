import { randomBytes } from 'node:crypto';

/** Sortable by creation time, unique without coordination, and always matching ID_PATTERN. */
export function newId(now: Date = new Date()): string {
  return `${now.getTime().toString(36)}-${randomBytes(6).toString('base64url')}`;
}
