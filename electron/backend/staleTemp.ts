/**
 * Temp files left by a process killed between writing and renaming (lowdb/steno's `.<name>.tmp`, writeFileAtomic's
 * `.<name>.<12 hex>.tmp`). They are hidden and harmless, but pile up: each is removed once it is older than any write
 * could still be under way. Best effort — a folder that cannot be read or written is left as it is.
 */
import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** No write of ours takes minutes; one this old was abandoned by a killed process. */
export const STALE_TEMP_MS = 5 * 60 * 1000;

/** Every temp file our writers make: hidden, ending in `.tmp`. */
export const OUR_TEMP_NAME = /^\..+\.tmp$/;

export async function removeStaleTemps(
  dir: string,
  options: { readonly pattern?: RegExp; readonly olderThanMs?: number; readonly now?: number } = {},
): Promise<number> {
  const pattern = options.pattern ?? OUR_TEMP_NAME;
  const cutoff = (options.now ?? Date.now()) - (options.olderThanMs ?? STALE_TEMP_MS);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!pattern.test(name)) continue;
    const file = path.join(dir, name);
    try {
      const st = await lstat(file);
      // Only regular files: never follow a link or descend into a folder that happens to match.
      if (!st.isFile() || st.mtimeMs > cutoff) continue;
      await rm(file, { force: true });
      removed++;
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}
