import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../../shared/model';
import { openStore, sampleDraft } from './helpers';

describe('drafts store: damaged files', () => {
  it('lists a damaged draft as damaged, with why, and still lists and opens the others', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('good1'));
    await store.create(sampleDraft('bad'));
    await store.create(sampleDraft('good2'));
    await store.list();
    await writeFile(path.join(dataDir, 'drafts', 'bad.json'), '{"schemaVersion": 1, "id": "bad", "year": 20');
    const list = await store.list();
    expect(list.map((s) => [s.id, s.damaged]).sort()).toEqual([
      ['bad', true],
      ['good1', false],
      ['good2', false],
    ]);
    const bad = list.find((s) => s.id === 'bad')!;
    expect(bad.problem).toMatch(/草稿文件已损坏/);
    // What was last known of it still says which report it is.
    expect(bad.agency).toBe('某某县统计局');
    await expect(store.open('bad')).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/从备份恢复/) });
    expect((await store.open('good2')).draft.id).toBe('good2');
  });

  it('treats a file that is valid JSON but not a valid draft as damaged', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await writeFile(path.join(dataDir, 'drafts', 'd1.json'), JSON.stringify({ ...sampleDraft('d1'), year: 'two' }));
    const [summary] = await store.list();
    expect(summary!.damaged).toBe(true);
    expect(summary!.problem).toMatch(/year/);
  });

  it('restores a damaged draft from its newest readable backup and keeps the damaged file beside it', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.save(sampleDraft('d1', { values: { 'applications.new.natural': 7 } }));
    const damagedText = 'not json at all';
    await writeFile(path.join(dataDir, 'drafts', 'd1.json'), damagedText);
    const restored = await store.restoreFromBackup('d1');
    expect(restored.readOnly).toBe(false);
    expect(restored.draft.values['applications.new.natural']).toBe(7);
    const [summary] = await store.list();
    expect(summary!.damaged).toBe(false);
    const kept = (await readdir(path.join(dataDir, 'drafts'))).filter((n) => n.startsWith('d1.damaged-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dataDir, 'drafts', kept[0]!), 'utf8')).toBe(damagedText);
  });

  it('skips damaged backups when restoring', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.save(sampleDraft('d1', { values: { 'applications.new.natural': 8 } }));
    const backups = path.join(dataDir, 'backups', 'd1');
    const names = (await readdir(backups)).sort();
    await writeFile(path.join(backups, names.at(-1)!), '{broken');
    await writeFile(path.join(dataDir, 'drafts', 'd1.json'), '{broken too');
    const restored = await store.restoreFromBackup('d1');
    expect(restored.draft.values['applications.new.natural']).toBe(5);
  });

  it('restoring a healthy draft brings back the save before the current one', async () => {
    const { store } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.save(sampleDraft('d1', { values: { 'applications.new.natural': 1 } }));
    await store.save(sampleDraft('d1', { values: { 'applications.new.natural': 2 } }));
    const restored = await store.restoreFromBackup('d1');
    expect(restored.draft.values['applications.new.natural']).toBe(1);
  });

  it('says so when there is no backup to restore from', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    const { rm } = await import('node:fs/promises');
    await rm(path.join(dataDir, 'backups', 'd1'), { recursive: true });
    const fresh = await (await import('../../../../electron/backend/store')).DraftStore.open({ dataDir });
    await writeFile(path.join(dataDir, 'drafts', 'd1.json'), 'garbage');
    await expect(fresh.restoreFromBackup('d1')).rejects.toMatchObject({
      code: 'not-found',
      message: '没有可用于恢复的备份',
    });
  });
});

describe('drafts store: files from a newer app version', () => {
  const newer = () => ({ ...sampleDraft('future'), schemaVersion: SCHEMA_VERSION + 1, someNewField: [1, 2] });

  it('lists it (not as damaged) with a clear message, and opens it read-only', async () => {
    const { store, dataDir } = await openStore();
    await writeFile(path.join(dataDir, 'drafts', 'future.json'), JSON.stringify(newer()));
    const [summary] = await store.list();
    expect(summary!.damaged).toBe(false);
    expect(summary!.problem).toMatch(/较新版本的程序保存/);
    const opened = await store.open('future');
    expect(opened.readOnly).toBe(true);
    expect(opened.readOnlyReason).toMatch(/请升级程序/);
    expect(opened.draft.agency.name).toBe('某某县统计局');
  });

  it('refuses to save, rename or restore over it, and leaves the file untouched', async () => {
    const { store, dataDir } = await openStore();
    const file = path.join(dataDir, 'drafts', 'future.json');
    const text = JSON.stringify(newer());
    await writeFile(file, text);
    await store.list();
    await expect(store.save(sampleDraft('future'))).rejects.toMatchObject({ code: 'read-only' });
    await expect(store.rename('future', '新标题')).rejects.toMatchObject({ code: 'read-only' });
    await expect(store.restoreFromBackup('future')).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses to open one it cannot even show', async () => {
    const { store, dataDir } = await openStore();
    await writeFile(
      path.join(dataDir, 'drafts', 'future.json'),
      JSON.stringify({ schemaVersion: SCHEMA_VERSION + 5, entirely: 'different' }),
    );
    await expect(store.open('future')).rejects.toMatchObject({
      code: 'read-only',
      message: expect.stringMatching(/较新版本/),
    });
  });
});
