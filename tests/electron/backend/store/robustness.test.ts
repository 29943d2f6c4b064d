import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftTitle, SCHEMA_VERSION } from '../../../../shared/model';
import { openStore, sampleDraft } from './helpers';

const natural = (n: number) => ({ 'applications.new.natural': n, 'applications.new.business': 1 });

describe('drafts store: saves that overlap', () => {
  it('runs 20 saves of one draft fired together one after another: the file is the last, every backup parses', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.save(sampleDraft('d1', { values: natural(i) }))),
    );
    const times = results.map((r) => r.savedAt);
    expect([...times].sort()).toEqual(times);
    expect(new Set(times).size).toBe(20);
    const onDisk = JSON.parse(await readFile(path.join(dataDir, 'drafts', 'd1.json'), 'utf8'));
    expect(onDisk.values['applications.new.natural']).toBe(19);
    expect(onDisk.updatedAt).toBe(times.at(-1));
    const backups = (await readdir(path.join(dataDir, 'backups', 'd1'))).sort();
    expect(backups).toHaveLength(10);
    const kept = await Promise.all(
      backups.map(async (b) => JSON.parse(await readFile(path.join(dataDir, 'backups', 'd1', b), 'utf8'))),
    );
    expect(kept.map((d) => d.values['applications.new.natural'])).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect((await store.list())[0]).toMatchObject({ id: 'd1', updatedAt: times.at(-1), damaged: false });
  });

  it('never lets a save that arrives after a delete bring the draft back', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    const removed = store.remove('d1');
    const late = store.save(sampleDraft('d1', { values: natural(7) }));
    await removed;
    await expect(late).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/未保存/) });
    expect(await readdir(path.join(dataDir, 'drafts'))).toEqual([]);
    expect(await store.list()).toEqual([]);
    expect((await store.listTrash()).map((s) => s.id)).toEqual(['d1']);
  });

  it('keeps a rename and a save of the same draft in the order they were asked for', async () => {
    const { store } = await openStore();
    await store.create(sampleDraft('d1'));
    const renamed = store.rename('d1', '送审稿');
    const saved = store.save(sampleDraft('d1', { name: '送审稿', values: natural(3) }));
    await Promise.all([renamed, saved]);
    const { draft } = await store.open('d1');
    expect(draft.name).toBe('送审稿');
    expect(draft.values['applications.new.natural']).toBe(3);
  });
});

describe('drafts store: rename, duplicate, trash edge cases', () => {
  it('treats a name of only spaces (including full-width ones) as empty: the list shows the title again', async () => {
    const { store } = await openStore();
    const draft = sampleDraft('d1');
    await store.create(draft);
    await store.rename('d1', '临时名称');
    expect((await store.rename('d1', ' \u3000 \t ')).name).toBe(draftTitle(draft));
    expect((await store.open('d1')).draft.name).toBeNull();
  });

  it('refuses to duplicate a draft from a newer app version (the copy would lose what this version cannot read)', async () => {
    const { store, dataDir } = await openStore();
    const text = JSON.stringify({ ...sampleDraft('future'), schemaVersion: SCHEMA_VERSION + 1, extra: [1] });
    await writeFile(path.join(dataDir, 'drafts', 'future.json'), text);
    await expect(store.duplicate('future')).rejects.toMatchObject({ code: 'read-only' });
    expect(await readdir(path.join(dataDir, 'drafts'))).toEqual(['future.json']);
  });

  it('refuses to restore from the trash over a draft that now has the same id, and keeps the trashed one', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1', { values: natural(1) }));
    await store.remove('d1');
    // The same id back in the drafts folder (a copy put there by hand, say).
    await writeFile(path.join(dataDir, 'drafts', 'd1.json'), JSON.stringify(sampleDraft('d1', { values: natural(2) })));
    await expect(store.restoreFromTrash('d1')).rejects.toMatchObject({ code: 'forbidden' });
    expect((await store.listTrash()).map((s) => s.id)).toEqual(['d1']);
    expect((await store.open('d1')).draft.values['applications.new.natural']).toBe(2);
    const trashed = JSON.parse(await readFile(path.join(dataDir, 'trash', 'd1', 'draft.json'), 'utf8'));
    expect(trashed.values['applications.new.natural']).toBe(1);
  });

  it('keeps an older deletion of the same id in the trash when that id is deleted again', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1', { values: natural(1) }));
    await store.remove('d1');
    await writeFile(path.join(dataDir, 'drafts', 'd1.json'), JSON.stringify(sampleDraft('d1', { values: natural(2) })));
    await store.remove('d1');
    const trash = await store.listTrash();
    expect(trash).toHaveLength(2);
    expect(trash.map((s) => s.id)).toContain('d1');
    const older = trash.find((s) => s.id !== 'd1')!;
    expect(older.id).toMatch(/^d1-[A-Za-z0-9_-]+$/);
    const restored = await store.restoreFromTrash(older.id);
    expect((await store.open(restored.id)).draft.values['applications.new.natural']).toBe(1);
    await store.restoreFromTrash('d1');
    expect((await store.open('d1')).draft.values['applications.new.natural']).toBe(2);
  });
});

describe('drafts store: file-system failures', () => {
  it('lists a draft whose file cannot be read as damaged, with a reason and without the path', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('ok'));
    await mkdir(path.join(dataDir, 'drafts', 'odd.json'));
    const list = await store.list();
    const odd = list.find((s) => s.id === 'odd')!;
    expect(odd.damaged).toBe(true);
    expect(odd.problem).toBe('草稿文件无法读取：这不是普通文件，而是文件夹，已拒绝读取');
    expect(list.find((s) => s.id === 'ok')!.damaged).toBe(false);
    // (steno retries the rename for about a second before giving up.)
    const failed = await store.save(sampleDraft('odd')).then(
      () => null,
      (err: unknown) => err as { code: string; message: string },
    );
    expect(failed).toMatchObject({ code: 'io', message: '草稿保存失败：应为文件的位置是一个文件夹' });
  });
});

describe('drafts store: where an exported file is shown', () => {
  it('gives only an absolute .docx path, whatever a tampered export record says', async () => {
    const { store, dataDir } = await openStore();
    const draft = sampleDraft('d1');
    await store.create(draft);
    const version = await store.recordExport(draft, new Uint8Array([1]), '/home/user/文档/年报.docx');
    const recordFile = path.join(dataDir, 'exports', 'd1', `${version.id}.json`);
    const record = JSON.parse(await readFile(recordFile, 'utf8'));
    for (const filePath of ['../../etc/passwd.docx', '/usr/bin/evil', 42, null]) {
      await writeFile(recordFile, JSON.stringify({ ...record, filePath }));
      await expect(store.exportFilePath('d1', version.id), String(filePath)).rejects.toMatchObject({ code: 'io' });
    }
  });
});
