import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { insideRoot, StoreLayout } from '../../../../electron/backend/store';
import { openStore, sampleDraft } from './helpers';

const EVIL_IDS = [
  '../escape',
  '..',
  '.',
  'a/b',
  'a\\b',
  '/etc/passwd',
  'C:\\Windows',
  '',
  'x'.repeat(65),
  'd1\0',
  '草稿',
];

describe('drafts store: ids and paths never leave the data folder', () => {
  it.each(EVIL_IDS)('refuses the id %j in every operation that takes one', async (id) => {
    const { store } = await openStore();
    const refused = { code: 'forbidden' };
    await expect(store.open(id)).rejects.toMatchObject(refused);
    await expect(store.rename(id, 't')).rejects.toMatchObject(refused);
    await expect(store.duplicate(id)).rejects.toMatchObject(refused);
    await expect(store.remove(id)).rejects.toMatchObject(refused);
    await expect(store.restoreFromTrash(id)).rejects.toMatchObject(refused);
    await expect(store.restoreFromBackup(id)).rejects.toMatchObject(refused);
    await expect(store.listExports(id)).rejects.toMatchObject(refused);
    await expect(store.openExport('ok', id)).rejects.toMatchObject(refused);
    await expect(store.openExport(id, 'ok')).rejects.toMatchObject(refused);
    await expect(store.exportFilePath('ok', id)).rejects.toMatchObject(refused);
  });

  it('refuses to save or create a draft whose own id would name a path', async () => {
    const { store, dataDir } = await openStore();
    await expect(store.save(sampleDraft('../../outside'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(store.create(sampleDraft('../outside'))).rejects.toMatchObject({ code: 'forbidden' });
    expect(await readdir(path.dirname(dataDir))).not.toContain('outside.json');
  });

  it('ignores a link to last year’s draft that would leave the folder', async () => {
    const { store } = await openStore();
    await store.create(sampleDraft('d1', { previous: { id: '../../etc/passwd', year: 2023, title: 'x' } }));
    expect((await store.open('d1')).previous).toBeNull();
  });

  it('insideRoot refuses anything resolving outside the root, including the root itself', () => {
    const root = path.resolve('/data/root');
    expect(insideRoot(root, 'drafts', 'a.json')).toBe(path.join(root, 'drafts', 'a.json'));
    expect(() => insideRoot(root, '..', 'x')).toThrow(/数据文件夹以外/);
    expect(() => insideRoot(root, 'drafts', '..', '..', 'x')).toThrow(/数据文件夹以外/);
    expect(() => insideRoot(root, '/etc')).toThrow(/数据文件夹以外/);
    expect(() => insideRoot(root, '.')).toThrow(/数据文件夹以外/);
    expect(() => new StoreLayout(root).sideFile('d1', '../x')).toThrow(/文件标记无效/);
  });
});
