import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { readFile } from 'node:fs/promises';
import type { DraftSummary } from '../../../shared/api/contract';
import { NARRATIVE_PART_IDS } from '../../../shared/model';
import type { Completeness } from '../../../shared/model';
import { FORMAT_IDS } from '../../../shared/templates';

const INDEX_WRITE_DELAY_MS = 500;

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
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly file: string) {
    this.db = new Low(new DataFile<IndexData>(file, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) }), {
      version: 1,
      entries: {},
    });
  }

  async load(): Promise<void> {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      return; // Missing or damaged: start empty, listing rebuilds it.
    }
    const entries = (data as { entries?: unknown } | null)?.entries;
    if (typeof entries !== 'object' || entries === null) return;
    for (const [id, entry] of Object.entries(entries)) {
      if (isEntry(entry) && entry.id === id) this.db.data.entries[id] = entry;
    }
  }

  get(id: string): IndexEntry | undefined {
    return this.db.data.entries[id];
  }

  ids(): string[] {
    return Object.keys(this.db.data.entries);
  }

  set(entry: IndexEntry): void {
    this.db.data.entries[entry.id] = entry;
  }

  delete(id: string): boolean {
    if (!(id in this.db.data.entries)) return false;
    delete this.db.data.entries[id];
    return true;
  }

  /** Writes now (and cancels a scheduled write). */
  write(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.db.write();
  }

  /**
   * Writes soon, once for a burst of saves: the index is a cache checked against each file's mtime and size, so a
   * write lost to a crash only costs one re-read per draft changed since. Keeps autosave off the index's cost.
   */
  scheduleWrite(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.db.write().catch(() => undefined);
    }, INDEX_WRITE_DELAY_MS);
    this.timer.unref?.();
  }
}
