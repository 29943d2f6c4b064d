import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { SCHEMA_VERSION } from '../../shared/model';
import type { Draft } from '../../shared/model';
import { AtomicWriteError, writeFileAtomic } from '../backend/atomicWrite';
import { FileLockBusyError, withFileLock } from '../backend/fileLock';
import { readDraftFile as readDraftState } from '../backend/store/draftFile';
import { describeFsError } from '../backend/store/fsErrors';
import { CliError } from './types';

export const resolvePath = (cwd: string, file: string) => path.resolve(cwd, file);

/**
 * Reads a draft file through the store's own reader (regular files only, size-bounded, older versions migrated in
 * memory); any other state becomes a CliError (exit 2) that says what and where.
 */
export async function readDraftFile(file: string): Promise<Draft> {
  const state = await readDraftState(file);
  switch (state.kind) {
    case 'ok':
      return state.draft;
    case 'missing':
      throw new CliError(`找不到文件：${file}`);
    case 'newer':
      throw new CliError(
        `${file}：该草稿由较新版本的程序保存（数据版本 ${state.version}，本程序支持 ${SCHEMA_VERSION}），` +
          '命令行不能读取或修改它，请升级本程序后再试',
      );
    case 'damaged':
      throw new CliError(`${file}：${state.problem}`);
  }
}

function writeProblem(err: unknown): string {
  return describeFsError(err instanceof AtomicWriteError ? err.cause : err);
}

/** Writes atomically; a failure becomes a CliError (exit 2) that says why in words, never a stack. */
export async function writeDraftFile(file: string, draft: Draft): Promise<void> {
  try {
    await writeFileAtomic(file, `${JSON.stringify(draft, null, 2)}\n`);
  } catch (err) {
    throw new CliError(`无法写入草稿文件「${file}」：${writeProblem(err)}`);
  }
}

/** How long `set` waits for another program (the app, another CLI run) writing the same draft. */
export const CLI_LOCK_WAIT_MS = 15_000;

/**
 * Read-modify-write of one draft file holding its lock (the same lock file the app's store takes), so concurrent
 * `set`s on one draft never lose an update. Waits a bounded time for another writer, then says so.
 */
export async function withDraftLock<T>(
  file: string,
  fn: () => Promise<T>,
  waitMs: number = CLI_LOCK_WAIT_MS,
): Promise<T> {
  try {
    return await withFileLock(file, fn, { waitMs });
  } catch (err) {
    if (err instanceof FileLockBusyError) {
      throw new CliError(`草稿正被另一程序修改：${file}（等待 ${waitMs / 1000} 秒后放弃，未写入任何修改）`);
    }
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw new CliError(`无法锁定草稿文件「${file}」：${describeFsError(err)}`);
    throw err;
  }
}

/** Draft ids are always generated, never taken from the user. */
export const newDraftId = (): string => randomUUID();
