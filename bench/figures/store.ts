/**
 * The drafts store on disk: one autosave of a full report (validation, rule check for the error count, atomic write,
 * rolling backup, index update), and listing 500 drafts from the summary index, both in a running store and right
 * after the app starts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DraftStore } from '../../electron/backend/store';
import { fullReport } from '../fullReport';
import { measure } from '../measure';
import type { Figure } from '../measure';

async function withStore<T>(fn: (store: DraftStore) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-store-'));
  try {
    return await fn(await DraftStore.open({ dataDir }));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const figures: Figure[] = [
  {
    name: 'store.save',
    run: () =>
      withStore(async (store) => {
        const draft = fullReport({ id: 'bench-save' });
        await store.create(draft);
        let n = 0;
        // Each save differs (as autosaves do), so nothing is skipped as unchanged.
        return measure(() => store.save({ ...draft, values: { ...draft.values, 'applications.new.natural': n++ } }), {
          warmup: 20,
          iterations: 300,
        });
      }),
  },
  {
    name: 'store.list500',
    run: () =>
      withStore(async (store) => {
        for (let i = 0; i < 500; i++) await store.create(fullReport({ id: `d${i}`, year: 2021 + (i % 20) }));
        const result = await measure(() => store.list(), { warmup: 3, iterations: 30 });
        return { ...result, drafts: (await store.list()).length };
      }),
  },
  {
    // The first list after the app starts: the index is read from disk by a new store, every file is stat'ed, none
    // is parsed (they all still match their summaries).
    name: 'store.list500.cold',
    run: () =>
      withStore(async (store) => {
        for (let i = 0; i < 500; i++) await store.create(fullReport({ id: `d${i}`, year: 2021 + (i % 20) }));
        await store.flush();
        const dataDir = store.layout.root;
        const result = await measure(async () => (await DraftStore.open({ dataDir })).list(), {
          warmup: 2,
          iterations: 20,
        });
        return { ...result, drafts: (await (await DraftStore.open({ dataDir })).list()).length };
      }),
  },
];

export default figures;
