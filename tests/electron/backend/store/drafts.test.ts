import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/backend/store';
import { draftCompleteness, draftTitle } from '../../../../shared/model';
import { checkDraft, countErrors } from '../../../../shared/rules';
import { openStore, sampleDraft } from './helpers';

describe('drafts store: create, list, open, save', () => {
  it('lists a created draft with year, agency, format, name, title, time, error count and no damage', async () => {
    const { store } = await openStore();
    const draft = sampleDraft('d1');
    await store.create(draft);
    const [summary] = await store.list();
    expect(summary).toEqual({
      id: 'd1',
      year: 2024,
      agency: '某某县统计局',
      format: '2021',
      name: draftTitle(draft),
      title: draftTitle(draft),
      updatedAt: draft.updatedAt,
      damaged: false,
      problem: null,
      errorCount: countErrors(checkDraft(draft)),
      exportCount: 0,
      completeness: draftCompleteness(draft, checkDraft(draft)),
    });
    expect((await store.open('d1')).draft).toEqual(draft);
  });

  it('saves a draft as one JSON file, stamped with the save time, and returns its error count', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    const edited = sampleDraft('d1', { values: { 'applications.new.natural': -2 } });
    const result = await store.save(edited);
    const onDisk = JSON.parse(await readFile(path.join(dataDir, 'drafts', 'd1.json'), 'utf8'));
    expect(onDisk).toEqual({ ...edited, updatedAt: result.savedAt });
    expect(result.errorCount).toBe(countErrors(checkDraft(edited)));
    expect(result.errorCount).toBeGreaterThan(0);
    const [summary] = await store.list();
    expect(summary!.errorCount).toBe(result.errorCount);
    expect(summary!.updatedAt).toBe(result.savedAt);
    expect(summary!.completeness).toMatchObject({ filledCells: 1 });
  });

  it('does not count warnings marked 已核实 in the list’s completeness', async () => {
    const { store } = await openStore();
    const draft = sampleDraft('d1');
    await store.create(draft);
    const warnings = checkDraft(draft).filter((f) => f.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    const confirmations = [{ key: warnings[0]!.key, reason: '已核对', confirmedAt: draft.updatedAt }];
    await store.save({ ...draft, confirmations });
    const [summary] = await store.list();
    expect(summary!.completeness!.warnings).toBe(warnings.length - 1);
  });

  it('leaves no temp file behind after saving', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    for (let i = 0; i < 5; i++) await store.save(sampleDraft('d1', { values: { 'applications.new.natural': i } }));
    expect(await readdir(path.join(dataDir, 'drafts'))).toEqual(['d1.json']);
  });

  it('keeps the last 10 saves as backups, newest equal to the draft', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    let last;
    for (let i = 0; i < 13; i++)
      last = await store.save(sampleDraft('d1', { values: { 'applications.new.natural': i } }));
    const dir = path.join(dataDir, 'backups', 'd1');
    const names = (await readdir(dir)).sort();
    expect(names).toHaveLength(10);
    const newest = JSON.parse(await readFile(path.join(dir, names.at(-1)!), 'utf8'));
    expect(newest.values['applications.new.natural']).toBe(12);
    expect(newest.updatedAt).toBe(last!.savedAt);
    const oldest = JSON.parse(await readFile(path.join(dir, names[0]!), 'utf8'));
    expect(oldest.values['applications.new.natural']).toBe(3);
  });

  it('after a restart numbers new backups after the newest on disk and still drops the oldest', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    for (let i = 0; i < 12; i++) await store.save(sampleDraft('d1', { values: { 'applications.new.natural': i } }));
    await store.flush();
    const dir = path.join(dataDir, 'backups', 'd1');
    const before = (await readdir(dir)).sort();
    expect(before).toHaveLength(10);

    const { store: reopened } = await openStore(dataDir);
    await reopened.save(sampleDraft('d1', { values: { 'applications.new.natural': 100 } }));
    await reopened.flush();
    const after = (await readdir(dir)).sort();
    expect(after).toEqual([...before.slice(1), after.at(-1)]);
    expect(after.at(-1)! > before.at(-1)!).toBe(true);
    const newest = JSON.parse(await readFile(path.join(dir, after.at(-1)!), 'utf8'));
    expect(newest.values['applications.new.natural']).toBe(100);
  });

  it('refuses to save a draft that does not exist, or that fails the schema', async () => {
    const { store } = await openStore();
    await expect(store.save(sampleDraft('nope'))).rejects.toMatchObject({ code: 'not-found' });
    await store.create(sampleDraft('d1'));
    await expect(store.save({ ...sampleDraft('d1'), year: 'x' })).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
  });

  it('lists drafts newest first', async () => {
    const { store } = await openStore();
    await store.create(sampleDraft('a', { updatedAt: '2025-01-01T00:00:00.000Z' }));
    await store.create(sampleDraft('b', { updatedAt: '2025-01-03T00:00:00.000Z' }));
    await store.create(sampleDraft('c', { updatedAt: '2025-01-02T00:00:00.000Z' }));
    expect((await store.list()).map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });

  it('opens a draft with last year’s draft it links to, for the cross-year rules', async () => {
    const { store } = await openStore();
    const last = sampleDraft('y2023', { year: 2023 });
    await store.create(last);
    await store.create(sampleDraft('y2024', { previous: { id: 'y2023', year: 2023, title: draftTitle(last) } }));
    expect((await store.open('y2024')).previous).toEqual(last);
  });

  it('takes the id from the file name when a draft file was copied in under another name', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('orig'));
    await writeFile(
      path.join(dataDir, 'drafts', 'copy.json'),
      await readFile(path.join(dataDir, 'drafts', 'orig.json')),
    );
    expect((await store.list()).map((s) => s.id).sort()).toEqual(['copy', 'orig']);
    expect((await store.open('copy')).draft.id).toBe('copy');
  });
});

describe('drafts store: the summary index', () => {
  it('trusts the index while a draft file keeps its size and modification time (listing parses nothing)', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.list();
    const file = path.join(dataDir, 'drafts', 'd1.json');
    const before = await stat(file);
    // Same length, same mtime, unreadable content: only a parse would notice.
    await writeFile(file, 'x'.repeat(before.size));
    await utimes(file, before.atime, before.mtime);
    expect((await store.list())[0]!.damaged).toBe(false);
  });

  it('re-reads a draft changed behind the index’s back', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.list();
    const changed = sampleDraft('d1', { year: 2023, updatedAt: '2025-02-01T00:00:00.000Z' });
    await writeFile(path.join(dataDir, 'drafts', 'd1.json'), JSON.stringify(changed));
    expect((await store.list())[0]!.year).toBe(2023);
  });

  it('rebuilds a damaged or missing index from the drafts', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.create(sampleDraft('d2'));
    await writeFile(path.join(dataDir, 'index.json'), '{"entries": {"d1": {"id": "d1"');
    const reopened = await DraftStore.open({ dataDir });
    expect((await reopened.list()).map((s) => [s.id, s.damaged])).toEqual([
      ['d1', false],
      ['d2', false],
    ]);
    expect(JSON.parse(await readFile(path.join(dataDir, 'index.json'), 'utf8')).entries.d2.id).toBe('d2');
  });

  it('reads a draft again when its index entry was written before summaries had completeness', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1', { values: { 'applications.new.natural': 3 } }));
    await store.list();
    const indexFile = path.join(dataDir, 'index.json');
    const index = JSON.parse(await readFile(indexFile, 'utf8'));
    delete index.entries.d1.completeness;
    await writeFile(indexFile, JSON.stringify(index));
    const reopened = await DraftStore.open({ dataDir });
    expect((await reopened.list())[0]!.completeness).toMatchObject({ filledCells: 1 });
  });

  it('reads a draft again when its index entry was written before summaries had a name, so a renamed draft shows it', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1', { name: '送审稿' }));
    await store.list();
    const indexFile = path.join(dataDir, 'index.json');
    const index = JSON.parse(await readFile(indexFile, 'utf8'));
    delete index.entries.d1.name;
    await writeFile(indexFile, JSON.stringify(index));
    const reopened = await DraftStore.open({ dataDir });
    expect((await reopened.list())[0]!.name).toBe('送审稿');
  });

  it('drops index entries of drafts whose files are gone', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.create(sampleDraft('d2'));
    await store.list();
    const { rm } = await import('node:fs/promises');
    await rm(path.join(dataDir, 'drafts', 'd2.json'));
    expect((await store.list()).map((s) => s.id)).toEqual(['d1']);
  });
});

describe('drafts store: duplicate and rename', () => {
  it('duplicates a draft under a new app-generated id, named as a copy, its printed title untouched', async () => {
    const { store } = await openStore();
    const draft = sampleDraft('d1');
    await store.create(draft);
    const copy = await store.duplicate('d1');
    expect(copy.id).not.toBe('d1');
    expect(copy.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(copy.name).toBe(`${draftTitle(draft)}（副本）`);
    expect(copy.title).toBe(draftTitle(draft));
    const opened = (await store.open(copy.id)).draft;
    expect(opened.values).toEqual(draft.values);
    expect(opened.title).toBe(draft.title);
    expect(opened.name).toBe(`${draftTitle(draft)}（副本）`);
    expect((await store.list()).map((s) => s.id).sort()).toEqual([copy.id, 'd1'].sort());
  });

  it('names a copy of a renamed draft after its name, and a copy of a copy after the copy', async () => {
    const { store } = await openStore();
    await store.create(sampleDraft('d1', { title: '某某县统计局2024年政府信息公开工作年度报告（送审）' }));
    await store.rename('d1', '第二稿');
    const copy = await store.duplicate('d1');
    expect(copy).toMatchObject({ name: '第二稿（副本）', title: '某某县统计局2024年政府信息公开工作年度报告（送审）' });
    expect((await store.duplicate(copy.id)).name).toBe('第二稿（副本）（副本）');
  });

  it('renames only the name in the list, never the printed title; an empty name shows the title again', async () => {
    const { store } = await openStore();
    const draft = sampleDraft('d1');
    await store.create(draft);
    const renamed = await store.rename('d1', '  第二稿（给办公室审）  ');
    expect(renamed).toMatchObject({ name: '第二稿（给办公室审）', title: draftTitle(draft) });
    const opened = (await store.open('d1')).draft;
    expect(opened).toMatchObject({ name: '第二稿（给办公室审）', title: null });
    expect((await store.list())[0]).toMatchObject({ name: '第二稿（给办公室审）', title: draftTitle(draft) });
    expect((await store.rename('d1', '')).name).toBe(draftTitle(draft));
    expect((await store.open('d1')).draft).toMatchObject({ name: null, title: null });
  });

  it('keeps a typed title through a rename', async () => {
    const { store } = await openStore();
    await store.create(sampleDraft('d1', { title: '某某县统计局\n2024年政府信息公开工作年度报告' }));
    await store.rename('d1', '定稿');
    expect((await store.open('d1')).draft.title).toBe('某某县统计局\n2024年政府信息公开工作年度报告');
  });
});

describe('drafts store: trash', () => {
  it('moves a deleted draft with its backups and exports to the trash, and restores it from there', async () => {
    const { store, dataDir } = await openStore();
    const draft = sampleDraft('d1');
    await store.create(draft);
    await store.save(draft);
    await store.recordExport(draft, new Uint8Array([1, 2, 3]), '/home/u/report.docx');
    await store.remove('d1');
    expect(await store.list()).toEqual([]);
    await expect(store.open('d1')).rejects.toMatchObject({ code: 'not-found' });
    const trash = await store.listTrash();
    expect(trash.map((s) => [s.id, s.title, s.exportCount])).toEqual([['d1', draftTitle(draft), 1]]);
    expect(await readdir(path.join(dataDir, 'trash', 'd1'))).toEqual(
      expect.arrayContaining(['draft.json', 'backups', 'exports']),
    );

    const restored = await store.restoreFromTrash('d1');
    expect(restored.id).toBe('d1');
    expect(restored.exportCount).toBe(1);
    expect(await store.listTrash()).toEqual([]);
    expect((await readdir(path.join(dataDir, 'backups', 'd1'))).length).toBe(2);
    expect((await store.listExports('d1')).length).toBe(1);
    // Saving after the round trip continues the backup numbering.
    await store.save(draft);
    expect((await readdir(path.join(dataDir, 'backups', 'd1'))).length).toBe(3);
  });

  it('refuses to delete or restore what is not there', async () => {
    const { store } = await openStore();
    await expect(store.remove('ghost')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.restoreFromTrash('ghost')).rejects.toMatchObject({ code: 'not-found' });
  });
});
