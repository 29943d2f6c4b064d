import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { DraftSummary } from '../../../shared/api/contract';
import { NARRATIVE_PART_IDS } from '../../../shared/model';
import type { Completeness } from '../../../shared/model';
import { FORMAT_IDS } from '../../../shared/templates';
import { readRegularFile } from '../regularFile';

const INDEX_WRITE_DELAY_MS = 500;
/** About 100 000 drafts' summaries: a larger index.json is not ours and is ignored (listing rebuilds it). */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;

/** A summary plus what tells whether it is still true of the file on disk. */
export interface IndexEntry extends DraftSummary {
  /** Whole milliseconds: what every file system and `utimes` agree on. */
  readonly mtimeMs: number;
  readonly size: number;
  /** The file is from a newer app version: saving over it is refused. */
  readonly newer: boolean;
}

interface IndexData {
  version: 1;
  entries: Record<string, IndexEntry>;
}

/** Written with a null prototype, so an id like `__proto__` is a key like any other. */
const toRecord = (entries: Map<string, IndexEntry>): Record<string, IndexEntry> => {
  const out = Object.create(null) as Record<string, IndexEntry>;
  for (const [id, entry] of entries) out[id] = entry;
  return out;
};

/** An index written before summaries had completeness fails this, so its entries are read again from the drafts. */
const isCompleteness = (c: unknown): c is Completeness => {
  if (typeof c !== 'object' || c === null) return false;
  const x = c as Record<string, unknown>;
  return (
    typeof x.filledCells === 'number' &&
    typeof x.totalCells === 'number' &&
    typeof x.warnings === 'number' &&
    Array.isArray(x.emptyParts) &&
    x.emptyParts.every((p) => NARRATIVE_PART_IDS.includes(p as never))
  );
};

const isEntry = (e: unknown): e is IndexEntry => {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Record<string, unknown>;
  return (
    typeof x.id === 'string' &&
    typeof x.mtimeMs === 'number' &&
    typeof x.size === 'number' &&
    typeof x.year === 'number' &&
    typeof x.agency === 'string' &&
    typeof x.name === 'string' &&
    typeof x.title === 'string' &&
    typeof x.updatedAt === 'string' &&
    typeof x.damaged === 'boolean' &&
    typeof x.newer === 'boolean' &&
    (x.problem === null || typeof x.problem === 'string') &&
    typeof x.errorCount === 'number' &&
    typeof x.exportCount === 'number' &&
    (x.completeness === null || isCompleteness(x.completeness)) &&
    FORMAT_IDS.includes(x.format as never)
  );
};

export const toSummary = (e: IndexEntry): DraftSummary => ({
  id: e.id,
  year: e.year,
  agency: e.agency,
  format: e.format,
  name: e.name,
  title: e.title,
  updatedAt: e.updatedAt,
  damaged: e.damaged,
  problem: e.problem,
  errorCount: e.errorCount,
  exportCount: e.exportCount,
  completeness: e.completeness,
});

/**
 * The small file that makes listing cheap: one summary per draft, keyed by id, each stamped with the draft file's
 * mtime and size. It is only a cache — a stale, missing or damaged index is rebuilt from the drafts themselves.
 * Written compact (no indentation): it is read by the app, not by people.
 */
export class SummaryIndex {
  private readonly db: Low<IndexData>;
  /** A Map, never a plain object: ids such as `constructor` or `toString` must not find Object.prototype. */
  private readonly entries = new Map<string, IndexEntry>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly file: string) {
    this.db = new Low(new DataFile<IndexData>(file, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) }), {
      version: 1,
      entries: {},
    });
  }

  async load(): Promise<void> {
    const read = await readRegularFile(this.file, MAX_INDEX_BYTES, { followSymlinks: false });
    if (!read.ok) return; // Missing, unreadable or not a file: start empty, listing rebuilds it.
    let data: unknown;
    try {
      data = JSON.parse(read.bytes.toString('utf8'));
    } catch {
      return; // Damaged: the same.
    }
    const entries = (data as { entries?: unknown } | null)?.entries;
    if (typeof entries !== 'object' || entries === null) return;
    for (const [id, entry] of Object.entries(entries)) {
      if (isEntry(entry) && entry.id === id) this.entries.set(id, entry);
    }
  }

  get(id: string): IndexEntry | undefined {
    return this.entries.get(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  set(entry: IndexEntry): void {
    this.entries.set(entry.id, entry);
  }

  delete(id: string): boolean {
    return this.entries.delete(id);
  }

  /** Writes now (and cancels a scheduled write). */
  write(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.db.data = { version: 1, entries: toRecord(this.entries) };
    return this.db.write();
  }

  /**
   * Writes soon, once for a burst of saves: the index is a cache checked against each file's mtime and size, so a
   * write lost to a crash only costs one re-read per draft changed since. Keeps autosave off the index's cost.
   */
  scheduleWrite(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.write().catch(() => undefined);
    }, INDEX_WRITE_DELAY_MS);
    this.timer.unref?.();
  }
}
