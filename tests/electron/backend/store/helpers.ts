import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { DraftStore } from '../../../../electron/backend/store';
import { createDraft } from '../../../../shared/model';
import type { Draft } from '../../../../shared/model';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 5 })));
});

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'report-store-'));
  dirs.push(dir);
  return dir;
}

/** A clock that moves one second per call, so every save has its own time. */
export function steppingClock(start = Date.parse('2025-01-10T08:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

export async function openStore(dataDir?: string): Promise<{ store: DraftStore; dataDir: string }> {
  const dir = dataDir ?? (await tempDir());
  return { store: await DraftStore.open({ dataDir: dir, now: steppingClock() }), dataDir: dir };
}

export function sampleDraft(id: string, overrides: Partial<Draft> = {}): Draft {
  const draft = createDraft({
    id,
    year: 2024,
    agency: { name: '某某县统计局', kind: 'department' },
    now: '2025-01-02T08:00:00.000Z',
  });
  return { ...draft, values: { 'applications.new.natural': 5, 'applications.new.business': 1 }, ...overrides };
}
