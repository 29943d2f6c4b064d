/**
 * Reads a file the user chose, only when it is a regular file of bounded size. A device (/dev/zero reads forever), a
 * FIFO (opening it waits for a writer), a symlink (it may point anywhere, /etc/shadow or a device) or a folder is
 * refused with a Chinese message instead of hanging or reading without end.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

export type RegularFileProblem = 'not-found' | 'folder' | 'symlink' | 'not-regular' | 'too-large' | 'denied' | 'io';

/** Why a file was not read; `message` is the Chinese sentence for the user. */
export class RegularFileError extends Error {
  override readonly name = 'RegularFileError';
  constructor(
    readonly problem: RegularFileProblem,
    message: string,
  ) {
    super(message);
  }
}

const megabytes = (bytes: number) => {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
};

/**
 * O_NONBLOCK: opening a FIFO does not wait for a writer. O_NOFOLLOW: a symlink as the last part of the path is not
 * followed (ELOOP). Both are 0 where the platform has no such flag (Windows), which has no FIFOs or devices to open.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function openError(err: unknown, filePath: string): RegularFileError {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new RegularFileError('not-found', `找不到文件「${filePath}」`);
    case 'EISDIR':
      return new RegularFileError('folder', `「${filePath}」是文件夹，不是文件`);
    case 'ELOOP':
      return new RegularFileError('symlink', `「${filePath}」是符号链接，不是普通文件；请直接选择它所指的文件`);
    case 'EACCES':
    case 'EPERM':
      return new RegularFileError('denied', `没有权限读取文件「${filePath}」`);
    default:
      return new RegularFileError('io', `无法读取文件「${filePath}」：${(err as Error).message}`);
  }
}

async function readBounded(handle: FileHandle, size: number, maxBytes: number, name: string): Promise<Uint8Array> {
  // One byte more than allowed: a file that grows while it is read is noticed, and still read no further.
  const buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      throw new RegularFileError('too-large', `文件「${name}」超过 ${megabytes(maxBytes)} 的上限`);
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}

/** The bytes of `filePath`, or a `RegularFileError` with the reason. Never reads more than `maxBytes` + 1 bytes. */
export async function readRegularFile(filePath: string, maxBytes: number): Promise<Uint8Array> {
  const name = path.basename(filePath);
  let handle: FileHandle;
  try {
    handle = await open(filePath, OPEN_FLAGS);
  } catch (err) {
    throw openError(err, filePath);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new RegularFileError('folder', `「${filePath}」是文件夹，不是文件`);
    if (!stats.isFile()) {
      throw new RegularFileError('not-regular', `「${filePath}」不是普通文件（是设备、管道或套接字），无法读取`);
    }
    if (stats.size > maxBytes) {
      throw new RegularFileError(
        'too-large',
        `文件「${name}」有 ${megabytes(stats.size)}，超过 ${megabytes(maxBytes)} 的上限`,
      );
    }
    return await readBounded(handle, stats.size, maxBytes, name);
  } catch (err) {
    if (err instanceof RegularFileError) throw err;
    throw openError(err, filePath);
  } finally {
    await handle.close();
  }
}
