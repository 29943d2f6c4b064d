import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFileOf, withFileLock } from '../../../../electron/backend/fileLock';
import { DraftStore } from '../../../../electron/backend/store';
import { openStore, sampleDraft, steppingClock } from './helpers';

const natural = (n: number) => ({ 'applications.new.natural': n, 'applications.new.business': 1 });

describe('drafts store: a draft changed on disk by another program', () => {
  it('refuses a save over a file changed since it was opened, with the conflict code, and keeps the other change', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.open('d1');
    const file = path.join(dataDir, 'drafts', 'd1.json');
    // The CLI (or a colleague's copy) replaces the file meanwhile.
    const theirs = JSON.stringify(sampleDraft('d1', { values: natural(42) }), null, 2);
    await writeFile(`${file}.new`, theirs);
    await (await import('node:fs/promises')).rename(`${file}.new`, file);
    await expect(store.save(sampleDraft('d1', { values: natural(7) }))).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('草稿已被其他程序修改，请重新打开'),
    });
    expect(await readFile(file, 'utf8')).toBe(theirs);
    // Reopening takes their version as the one to save over.
    expect((await store.open('d1')).draft.values['applications.new.natural']).toBe(42);
    await expect(store.save(sampleDraft('d1', { values: natural(8) }))).resolves.toHaveProperty('savedAt');
  });

  it('keeps saving its own writes one after another (its own version is remembered)', async () => {
    const { store } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.open('d1');
    for (let i = 0; i < 5; i++) await store.save(sampleDraft('d1', { values: natural(i) }));
    expect((await store.open('d1')).draft.values['applications.new.natural']).toBe(4);
  });

  it('refuses a save after another program deleted the open draft, instead of bringing it back', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.open('d1');
    await (await import('node:fs/promises')).rm(path.join(dataDir, 'drafts', 'd1.json'));
    await expect(store.save(sampleDraft('d1'))).rejects.toMatchObject({ code: 'conflict' });
    expect(await readdir(path.join(dataDir, 'drafts'))).toEqual([]);
  });

  it('waits for the draft’s lock held by another program, and says so when it stays held', async () => {
    const dataDir = (await openStore()).dataDir;
    const store = await DraftStore.open({ dataDir, now: steppingClock(), lockWaitMs: 200 });
    await store.create(sampleDraft('d1'));
    const file = path.join(dataDir, 'drafts', 'd1.json');
    const outcome = await withFileLock(file, () =>
      store.save(sampleDraft('d1', { values: natural(3) })).catch((e) => e),
    );
    expect(outcome).toMatchObject({ code: 'io', message: expect.stringContaining('草稿正被另一程序修改') });
    await expect(readdir(path.dirname(lockFileOf(file)))).resolves.toEqual(['d1.json']);
    await expect(store.save(sampleDraft('d1', { values: natural(4) }))).resolves.toBeDefined();
  });
});
