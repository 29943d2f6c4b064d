import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/backend/store';
import { openStore, sampleDraft, steppingClock } from './helpers';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('drafts store: ids that are names of Object.prototype', () => {
  it.each(NAMES)(
    'refuses to save a never-created draft with id %s as not found, and the index stays clean',
    async (id) => {
      const { store, dataDir } = await openStore();
      await store.create(sampleDraft('real'));
      await expect(store.save(sampleDraft(id))).rejects.toMatchObject({ code: 'not-found' });
      await expect(store.open(id)).rejects.toMatchObject({ code: 'not-found' });
      await store.flush();
      const index = JSON.parse(await readFile(path.join(dataDir, 'index.json'), 'utf8'));
      expect(Object.keys(index.entries)).toEqual(['real']);
      expect((await store.list()).map((s) => s.id)).toEqual(['real']);
    },
  );

  it.each(NAMES)('keeps a real draft with id %s like any other, across a restart', async (id) => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft(id));
    await store.save(sampleDraft(id, { values: { 'applications.new.natural': 9 } }));
    await store.flush();
    const again = await DraftStore.open({ dataDir, now: steppingClock() });
    expect((await again.list()).map((s) => s.id)).toEqual([id]);
    expect((await again.open(id)).draft.values['applications.new.natural']).toBe(9);
  });
});
