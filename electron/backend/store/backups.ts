import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { JSONFile } from 'lowdb/node';
import type { Draft } from '../../../shared/model';
import type { StoreLayout } from './paths';

const BACKUP_NAME = /^(\d{9})\.json$/;
const pad = (n: number) => String(n).padStart(9, '0');

/**
 * Rolling backups: every save is also kept as `backups/<id>/<seq>.json` (written by lowdb like the draft itself);
 * only the newest `kept` stay. Sequence numbers are read from the folder once per draft, then kept in memory.
 */
export class Backups {
  private readonly seqs = new Map<string, number[]>();

  constructor(
    private readonly layout: StoreLayout,
    private readonly kept: number,
  ) {}

  private async seqsOf(id: string): Promise<number[]> {
    let seqs = this.seqs.get(id);
    if (!seqs) {
      const dir = this.layout.backupDir(id);
      await mkdir(dir, { recursive: true });
      seqs = (await readdir(dir))
        .map((n) => BACKUP_NAME.exec(n)?.[1])
        .filter((s): s is string => s !== undefined)
        .map(Number)
        .sort((a, b) => a - b);
      this.seqs.set(id, seqs);
    }
    return seqs;
  }

  async write(draft: Draft): Promise<void> {
    const seqs = await this.seqsOf(draft.id);
    const seq = (seqs.at(-1) ?? 0) + 1;
    const dir = this.layout.backupDir(draft.id);
    await new JSONFile<Draft>(path.join(dir, `${pad(seq)}.json`)).write(draft);
    seqs.push(seq);
    while (seqs.length > this.kept) {
      const old = seqs.shift()!;
      await rm(path.join(dir, `${pad(old)}.json`), { force: true });
    }
  }

  /** Backups newest first, as file paths. */
  async files(id: string): Promise<string[]> {
    const seqs = await this.seqsOf(id);
    return [...seqs].reverse().map((s) => path.join(this.layout.backupDir(id), `${pad(s)}.json`));
  }

  /** After the folder moved (trash, restore): read it afresh next time. */
  forget(id: string): void {
    this.seqs.delete(id);
  }
}
