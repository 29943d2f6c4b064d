import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/backend/store';
import { openStore, sampleDraft, steppingClock } from './helpers';

describe('drafts store: temp files left by a killed write', () => {
  it('removes stale .tmp files at start in the data, drafts, backups and exports folders; keeps fresh ones', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    await store.flush();
    const old = new Date(Date.now() - 10 * 60 * 1000);
    const stale = [
      path.join(dataDir, '.index.json.tmp'),
      path.join(dataDir, 'drafts', '.d1.json.tmp'),
      path.join(dataDir, 'drafts', '.d2.json.0123456789ab.tmp'),
      path.join(dataDir, 'backups', 'd1', '.000000002.json.tmp'),
      path.join(dataDir, 'exports', 'd1', '.x1.json.0123456789ab.tmp'),
    ];
    const fresh = path.join(dataDir, 'drafts', '.d3.json.tmp');
    await mkdir(path.join(dataDir, 'exports', 'd1'), { recursive: true });
    for (const file of stale) {
      await writeFile(file, '{"half":');
      await utimes(file, old, old);
    }
    await writeFile(fresh, '{');
    await DraftStore.open({ dataDir, now: steppingClock() });
    expect((await readdir(path.join(dataDir, 'drafts'))).sort()).toEqual(['.d3.json.tmp', 'd1.json']);
    expect(await readdir(path.join(dataDir, 'backups', 'd1'))).toEqual(['000000001.json']);
    expect(await readdir(path.join(dataDir, 'exports', 'd1'))).toEqual([]);
    expect((await readdir(dataDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
