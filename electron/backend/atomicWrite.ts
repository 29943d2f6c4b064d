import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/** Which step failed: making the temp file in the folder, writing it, or putting it in place of the target. */
export type AtomicWritePhase = 'create' | 'write' | 'replace';

export class AtomicWriteError extends Error {
  constructor(
    readonly phase: AtomicWritePhase,
    override readonly cause: unknown,
  ) {
    super((cause as Error).message, { cause });
  }
}

/** The temp files written here for targets whose names match `targetName` (a regex source): `.<name>.<hex>.tmp`. */
export const tempFilePattern = (targetName: string): RegExp =>
  new RegExp(`^\\.${targetName}\\.[0-9a-f]{12}\\.tmp$`, 'i');

/**
 * Writes a temp file in the target's folder, syncs it, then renames it over the target: a reader (or a crash) sees
 * the old file or the complete new one, never half of one. Failures say which step failed, so callers can explain
 * them (a folder problem vs a target held open by another program).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(temp, 'wx');
  } catch (err) {
    throw new AtomicWriteError('create', err);
  }
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    await fsp.rm(temp, { force: true });
    throw new AtomicWriteError('write', err);
  }
  try {
    await fsp.rename(temp, target);
  } catch (err) {
    await fsp.rm(temp, { force: true });
    throw new AtomicWriteError('replace', err);
  }
}
