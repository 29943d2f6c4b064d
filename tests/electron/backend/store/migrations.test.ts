import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileVersion, migrate, SCHEMA_VERSION } from '../../../../shared/model';
import type { Migration } from '../../../../shared/model';
import { openStore } from './helpers';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'draft-v0.json');

describe('drafts store: schemaVersion and migrations', () => {
  it('opens a version-0 file migrated to the current version, keeping the original beside it', async () => {
    const { store, dataDir } = await openStore();
    const drafts = path.join(dataDir, 'drafts');
    await copyFile(fixture, path.join(drafts, 'legacy-2020.json'));
    const original = await readFile(fixture, 'utf8');

    const [summary] = await store.list();
    expect(summary).toMatchObject({ id: 'legacy-2020', year: 2020, agency: '某某县统计局', damaged: false });

    const { draft, readOnly } = await store.open('legacy-2020');
    expect(readOnly).toBe(false);
    expect(draft.schemaVersion).toBe(SCHEMA_VERSION);
    expect(draft.agency.name).toBe('某某县统计局');
    expect(draft.narrative.overview[0]!.paragraphs).toEqual([
      '2020年，本局认真贯彻落实《条例》。',
      '主动公开统计公报12篇。',
    ]);
    expect(draft.narrative.other[0]!.paragraphs).toEqual(['']);
    expect(draft.values).toEqual({ 'applications.new.natural': 3 });
    expect(draft.processingFees).toBeNull(); // 2019 format

    expect(await readFile(path.join(drafts, 'legacy-2020.v0.json'), 'utf8')).toBe(original);
    const rewritten = JSON.parse(await readFile(path.join(drafts, 'legacy-2020.json'), 'utf8'));
    expect(rewritten.schemaVersion).toBe(SCHEMA_VERSION);
    // The kept original is not listed as a draft of its own.
    expect((await store.list()).map((s) => s.id)).toEqual(['legacy-2020']);
  });

  it('migrates only once: reopening leaves the kept original as the first one was', async () => {
    const { store, dataDir } = await openStore();
    const drafts = path.join(dataDir, 'drafts');
    await copyFile(fixture, path.join(drafts, 'legacy-2020.json'));
    const first = await store.open('legacy-2020');
    const second = await store.open('legacy-2020');
    expect(second.draft).toEqual(first.draft);
    expect((await readdir(drafts)).sort()).toEqual(['legacy-2020.json', 'legacy-2020.v0.json']);
    expect(await readFile(path.join(drafts, 'legacy-2020.v0.json'), 'utf8')).toBe(await readFile(fixture, 'utf8'));
  });

  it('renames a version-0 draft straight away (migrating it inside the same locked operation)', async () => {
    const { store, dataDir } = await openStore();
    await copyFile(fixture, path.join(dataDir, 'drafts', 'legacy-2020.json'));
    expect((await store.rename('legacy-2020', '旧稿')).name).toBe('旧稿');
    const written = JSON.parse(await readFile(path.join(dataDir, 'drafts', 'legacy-2020.json'), 'utf8'));
    expect(written).toMatchObject({ schemaVersion: SCHEMA_VERSION, name: '旧稿' });
    expect(await readFile(path.join(dataDir, 'drafts', 'legacy-2020.v0.json'), 'utf8')).toBe(
      await readFile(fixture, 'utf8'),
    );
  });

  it('treats a file without schemaVersion as version 0 and a bad version as invalid', () => {
    expect(fileVersion({ id: 'x' })).toMatchObject({ kind: 'older', version: 0 });
    expect(fileVersion({ schemaVersion: SCHEMA_VERSION })).toMatchObject({ kind: 'current' });
    expect(fileVersion({ schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({ kind: 'newer' });
    expect(fileVersion({ schemaVersion: 'one' })).toMatchObject({ kind: 'invalid' });
    expect(fileVersion([1])).toMatchObject({ kind: 'invalid' });
  });

  it('runs every step in order up to the target, and refuses when a step is missing', () => {
    const steps: Migration[] = [
      { from: 0, describe: 'a', up: (d) => ({ ...d, trail: [...((d.trail as string[]) ?? []), 'a'] }) },
      { from: 1, describe: 'b', up: (d) => ({ ...d, trail: [...(d.trail as string[]), 'b'] }) },
    ];
    expect(migrate({}, 0, steps, 2)).toEqual({ trail: ['a', 'b'], schemaVersion: 2 });
    expect(migrate({ trail: ['x'] }, 1, steps, 2)).toEqual({ trail: ['x', 'b'], schemaVersion: 2 });
    expect(() => migrate({}, 0, steps, 3)).toThrow(/数据版本 2/);
  });

  it('lists a version-0 file that cannot be migrated as damaged', async () => {
    const { store, dataDir } = await openStore();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dataDir, 'drafts', 'odd.json'), JSON.stringify({ id: 'odd', format: '1999' }));
    const [summary] = await store.list();
    expect(summary).toMatchObject({ id: 'odd', damaged: true });
    expect(summary!.problem).toMatch(/升级后内容有误/);
  });
});
