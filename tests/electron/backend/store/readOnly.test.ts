import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSONFile } from 'lowdb/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createService } from '../../../../electron/backend/service';
import { DraftStore, SettingsStore } from '../../../../electron/backend/store';
import { Backups } from '../../../../electron/backend/store/backups';
import { SummaryIndex } from '../../../../electron/backend/store/summaryIndex';
import { openStore, sampleDraft, steppingClock, tempDir } from './helpers';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'draft-v0.json');

/** The tests run as root, where a chmod'ed folder is still writable: the failing writes are injected instead. */
const fsError = (code: string) => Object.assign(new Error(`${code}: operation failed, open '/data/x'`), { code });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('drafts store: a full disk or a read-only data folder', () => {
  it('still lists and opens every draft when the index cannot be written (disk full)', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.create(sampleDraft('d2'));
    await store.flush();
    // Changed while the app was closed: listing must re-read it and would write the index.
    await writeFile(path.join(dataDir, 'drafts', 'd2.json'), JSON.stringify(sampleDraft('d2', { title: '改过' })));
    vi.spyOn(SummaryIndex.prototype, 'write').mockRejectedValue(fsError('ENOSPC'));
    const again = await DraftStore.open({ dataDir, now: steppingClock() });
    const list = await again.list();
    expect(list.map((s) => [s.id, s.title]).sort()).toEqual([
      ['d1', expect.any(String)],
      ['d2', '改过'],
    ]);
    expect((await again.open('d2')).draft.title).toBe('改过');
    await expect(again.flush()).resolves.toBeUndefined();
  });

  it('opens a draft through the service when the recent list cannot be written (read-only folder)', async () => {
    const dataDir = await tempDir();
    const dialogs = {
      chooseImportFile: async () => null,
      chooseExportTarget: async () => null,
      chooseBatchFolder: async () => null,
      showInFolder: () => {},
    };
    const service = createService({ dataDir, dialogs, now: steppingClock() });
    const draft = await service.createDraft({ year: 2024 });
    vi.spyOn(SettingsStore.prototype, 'touchRecent').mockRejectedValue(fsError('EROFS'));
    vi.spyOn(SummaryIndex.prototype, 'write').mockRejectedValue(fsError('EROFS'));
    await expect(service.listDrafts()).resolves.toHaveLength(1);
    await expect(service.openDraft(draft.id)).resolves.toMatchObject({ readOnly: false });
  });

  it('refuses a save on a full disk with 「磁盘已满…」, leaving the draft on disk as it was', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    const file = path.join(dataDir, 'drafts', 'd1.json');
    const before = await readFile(file, 'utf8');
    vi.spyOn(JSONFile.prototype, 'write').mockRejectedValue(fsError('ENOSPC'));
    const refused = await store.save(sampleDraft('d1', { title: '新' })).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'io', message: expect.stringMatching(/^磁盘已满/) });
    expect((refused as Error).message).not.toMatch(/ENOSPC|程序内部错误|\/data/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('says 「数据文件夹只读…」 for any other store operation that cannot write, never 程序内部错误', async () => {
    const { store } = await openStore();
    await store.create(sampleDraft('d1'));
    vi.spyOn(Backups.prototype, 'files').mockRejectedValue(fsError('EROFS'));
    await expect(store.restoreFromBackup('d1')).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/^数据文件夹只读/),
    });
  });

  it('opens an older draft read-only, saying why, when it cannot be written back migrated', async () => {
    const { store, dataDir } = await openStore();
    await copyFile(fixture, path.join(dataDir, 'drafts', 'legacy.json'));
    vi.spyOn(JSONFile.prototype, 'write').mockRejectedValue(fsError('EROFS'));
    const opened = await store.open('legacy');
    expect(opened.readOnly).toBe(true);
    expect(opened.readOnlyReason).toMatch(/^旧版本草稿未能升级保存，只能只读查看：数据文件夹只读/);
    expect(opened.draft.agency.name).toBe('某某县统计局');
    expect(await readFile(path.join(dataDir, 'drafts', 'legacy.json'), 'utf8')).toBe(await readFile(fixture, 'utf8'));
  });
});
