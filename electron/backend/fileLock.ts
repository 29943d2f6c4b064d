/**
 * One writer at a time per draft file, across processes (the app, any number of CLI runs): a lock file created with
 * O_EXCL beside the draft (`.<name>.lock`, hidden, never listed or moved with the draft), holding the owner's pid,
 * host and time. A lock whose owner is gone (its pid no longer runs on this host) or that is older than `staleMs` is
 * taken over. Released in `finally`, so a failed write never leaves it behind; a kill -9 does, and is recovered.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { closeSync, fstatSync, lstatSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { link, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { readRegularFile } from './regularFile';

export interface FileLockOptions {
  /** How long to wait for another holder before giving up. */
  readonly waitMs?: number;
  /** A lock older than this is taken to be left by a crash, whoever holds it. */
  readonly staleMs?: number;
}

/** Thrown when the lock stayed held by a live owner for the whole wait. */
export class FileLockBusyError extends Error {
  constructor(readonly file: string) {
    super('草稿正被另一程序修改，请稍后再试');
  }
}

const DEFAULT_WAIT_MS = 10_000;
const DEFAULT_STALE_MS = 30_000;

export const lockFileOf = (file: string): string => path.join(path.dirname(file), `.${path.basename(file)}.lock`);

interface Owner {
  readonly pid: number;
  readonly host: string;
  readonly at: number;
  /** Makes every lock's content unique: breaking a stale lock compares content. */
  readonly token: string;
}

const HOST = hostname();
const MAX_LOCK_BYTES = 4096;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lock: string): Promise<{ text: string; owner: Owner | null } | null> {
  const read = await readRegularFile(lock, MAX_LOCK_BYTES, { followSymlinks: false });
  if (!read.ok && read.reason === 'missing') return null; // Released meanwhile: try again at once.
  // Not a lock we could have written (a folder, a FIFO, garbage): judged stale by age like a half-written one.
  const text = read.ok ? read.bytes.toString('utf8') : '';
  try {
    const o = JSON.parse(text) as Partial<Owner>;
    if (typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.at === 'number') {
      return { text, owner: { pid: o.pid, host: o.host, at: o.at, token: String(o.token) } };
    }
  } catch {
    // Half-written by an owner killed between create and write: judged by age below.
  }
  return { text, owner: null };
}

function isStale(owner: Owner | null, lockAgeMs: number, staleMs: number): boolean {
  if (owner === null) return lockAgeMs > 2_000;
  if (Date.now() - owner.at > staleMs) return true;
  return owner.host === HOST && !alive(owner.pid);
}

/** Moves a stale lock aside and removes it, unless it changed since it was judged (a new owner took it). */
async function breakStale(lock: string, judged: string): Promise<void> {
  const aside = `${lock}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await rename(lock, aside);
  } catch {
    return; // Someone else broke or released it first.
  }
  const movedRead = await readRegularFile(aside, MAX_LOCK_BYTES, { followSymlinks: false });
  const moved = movedRead.ok ? movedRead.bytes.toString('utf8') : null;
  // Between judging and moving, the stale lock may have been broken by another waiter and a fresh one created: that
  // one goes back (link: never over a newer lock), so its owner keeps it.
  if (moved !== null && moved !== judged) await link(aside, lock).catch(() => undefined);
  // Never recursive: something that is not a lock file (a folder of that name) is only moved aside, not deleted.
  await rm(aside, { force: true }).catch(() => undefined);
}

/**
 * The uncontended path (create, release) is a handful of metadata syscalls on a tiny file, done synchronously: through
 * the thread pool each one costs a round trip that made the lock most of an autosave's time, while blocking for them
 * costs microseconds. Waiting and stale-lock recovery stay asynchronous.
 */
/** Which file we created: inode and mtime (an inode number alone can be reused by the next lock file). */
type Identity = string;
const identityOf = (st: { ino: number; mtimeMs: number }): Identity => `${st.ino}:${st.mtimeMs}`;

function tryCreate(lock: string, owner: Owner): Identity | null {
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw err;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
    return identityOf(fstatSync(fd));
  } finally {
    closeSync(fd);
  }
}

/** Removes the lock only if it is still the file we created: one taken over as stale now belongs to someone else. */
function release(lock: string, mine: Identity): void {
  try {
    if (identityOf(lstatSync(lock)) === mine) unlinkSync(lock);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn` holding the lock of `file`; throws FileLockBusyError after `waitMs`, or the lock file's own fs error. */
export async function withFileLock<T>(file: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lock = lockFileOf(file);
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const deadline = Date.now() + waitMs;
  const owner: Owner = { pid: process.pid, host: HOST, at: Date.now(), token: randomBytes(8).toString('hex') };
  let delay = 5;
  let mine: Identity | null;
  for (;;) {
    mine = tryCreate(lock, { ...owner, at: Date.now() });
    if (mine !== null) break;
    const seen = await readOwner(lock);
    if (seen) {
      const age = await stat(lock).then(
        (st) => Date.now() - st.mtimeMs,
        () => 0,
      );
      if (isStale(seen.owner, age, staleMs)) {
        await breakStale(lock, seen.text);
        continue;
      }
    }
    if (Date.now() >= deadline) throw new FileLockBusyError(file);
    // Jittered, growing back-off: many waiters do not retry in step.
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 100);
  }
  try {
    return await fn();
  } finally {
    release(lock, mine);
  }
}
