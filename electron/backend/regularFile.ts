/**
 * Reading a file that must be a plain file of bounded size. A FIFO would block the reader forever (and every store
 * call queued behind it), a device like /dev/zero never ends, and a symlink may point anywhere on the disk: each is
 * refused before a byte is read. Opening with O_NONBLOCK keeps a FIFO from blocking `open`; the checks run on the
 * open descriptor (fstat), so the file cannot be swapped between the check and the read.
 */
import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, open } from 'node:fs/promises';

export type RegularFileRead =
  /** `stat` is the open file's own (fstat): it describes exactly the bytes read. */
  | { readonly ok: true; readonly bytes: Buffer; readonly stat: Stats }
  | { readonly ok: false; readonly reason: 'missing' }
  /** A directory, FIFO, socket, device — or, with `followSymlinks: false`, a symlink. */
  | { readonly ok: false; readonly reason: 'not-regular'; readonly what: string }
  | { readonly ok: false; readonly reason: 'too-large'; readonly size: number }
  | { readonly ok: false; readonly reason: 'io'; readonly error: NodeJS.ErrnoException };

export interface RegularFileOptions {
  /** false: a symlink itself is refused (files inside the app's own data folder are never links). Default true. */
  readonly followSymlinks?: boolean;
}

// Undefined on Windows, where FIFOs and these devices do not appear under a file path anyway.
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

const kindOf = (st: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSymbolicLink(): boolean;
}): string =>
  st.isDirectory()
    ? '文件夹'
    : st.isFIFO()
      ? '管道（FIFO）'
      : st.isSocket()
        ? '套接字'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? '设备文件'
          : st.isSymbolicLink()
            ? '符号链接'
            : '特殊文件';

/** A Chinese sentence for a refusal, naming what the path is (never what it contains). */
export function describeRefusal(
  read: Exclude<RegularFileRead, { ok: true } | { reason: 'io' } | { reason: 'missing' }>,
  maxBytes: number,
): string {
  return read.reason === 'not-regular'
    ? `这不是普通文件，而是${read.what}，已拒绝读取`
    : `文件有 ${(read.size / 1024 / 1024).toFixed(1)} MB，超过 ${Math.round(maxBytes / 1024 / 1024)} MB 的上限，已拒绝读取`;
}

export async function readRegularFile(
  file: string,
  maxBytes: number,
  options: RegularFileOptions = {},
): Promise<RegularFileRead> {
  const follow = options.followSymlinks ?? true;
  if (!follow && O_NOFOLLOW === 0) {
    // No O_NOFOLLOW on this platform: check the link itself first (a narrow race, on a folder only the app writes).
    const st = await lstat(file).catch((err: NodeJS.ErrnoException) => err);
    if (st instanceof Error)
      return st.code === 'ENOENT' ? { ok: false, reason: 'missing' } : { ok: false, reason: 'io', error: st };
    if (st.isSymbolicLink()) return { ok: false, reason: 'not-regular', what: '符号链接' };
  }
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | O_NONBLOCK | (follow ? 0 : O_NOFOLLOW));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return { ok: false, reason: 'missing' };
    // O_NOFOLLOW on a link: ELOOP on Linux, EMLINK on FreeBSD.
    if (!follow && (e.code === 'ELOOP' || e.code === 'EMLINK'))
      return { ok: false, reason: 'not-regular', what: '符号链接' };
    if (e.code === 'EISDIR') return { ok: false, reason: 'not-regular', what: '文件夹' };
    if (e.code === 'ENXIO') return { ok: false, reason: 'not-regular', what: '套接字' };
    return { ok: false, reason: 'io', error: e };
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { ok: false, reason: 'not-regular', what: kindOf(st) };
    if (st.size > maxBytes) return { ok: false, reason: 'too-large', size: st.size };
    // Read at most one byte past the limit: a file that grows while being read is still bounded.
    const buffer = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, reason: 'too-large', size: length };
    return { ok: true, bytes: buffer.subarray(0, length), stat: st };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EISDIR') return { ok: false, reason: 'not-regular', what: '文件夹' };
    return { ok: false, reason: 'io', error: e };
  } finally {
    await handle.close();
  }
}
