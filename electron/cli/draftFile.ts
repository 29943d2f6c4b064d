import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDraftText } from '../../shared/model';
import type { Draft } from '../../shared/model';
import { AtomicWriteError, writeFileAtomic } from '../backend/atomicWrite';
import { CliError } from './types';

export const resolvePath = (cwd: string, file: string) => path.resolve(cwd, file);

/** Reads and validates a draft file; any problem becomes a CliError (exit 2) that says what and where. */
export async function readDraftFile(file: string): Promise<Draft> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `找不到文件：${file}` : `无法读取 ${file}：${(err as Error).message}`);
  }
  const parsed = parseDraftText(text);
  if (!parsed.ok) throw new CliError(`${file}：${parsed.error}`);
  return parsed.value;
}

function writeProblem(err: unknown): string {
  const cause = err instanceof AtomicWriteError ? err.cause : err;
  switch ((cause as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return '所在文件夹不存在';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return '没有写入权限';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EISDIR':
      return '这是一个文件夹';
    default:
      return (cause as Error).message;
  }
}

/** Writes atomically; a failure becomes a CliError (exit 2) that says why in words, never a stack. */
export async function writeDraftFile(file: string, draft: Draft): Promise<void> {
  try {
    await writeFileAtomic(file, `${JSON.stringify(draft, null, 2)}\n`);
  } catch (err) {
    throw new CliError(`无法写入草稿文件「${file}」：${writeProblem(err)}`);
  }
}

/** Draft ids are always generated, never taken from the user. */
export const newDraftId = (): string => randomUUID();
