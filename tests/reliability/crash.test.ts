import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftStore } from '../../electron/backend/store';
import { buildCrashChild, runCrashTest } from './crash';
import { CRASH_DRAFT_ID, draftAt, seqOf } from './crashDraft';

const KILLS = 300;
/** Three children at a time, each in its own data folder (100 kills each): same kills and checks, less waiting. */
const LANES = 3;
let work: string;
let childScript: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'crash-test-'));
  childScript = await buildCrashChild(path.join(work, 'bin'));
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('drafts store under SIGKILL', () => {
  it(`never leaves an unreadable or half-written draft in ${KILLS} kills during saving`, async () => {
    const report = await runCrashTest({ childScript, workDir: path.join(work, 'data'), kills: KILLS, lanes: LANES });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ kills: KILLS, unreadable: 0, wrongContent: 0, unreadableSideFiles: 0 });
    // The kills really did land while saves were running, not only between runs.
    expect(report.totalSaves).toBeGreaterThan(KILLS);
    expect(report.dataDirs).toHaveLength(LANES);

    // Afterwards the store lists and opens each lane's draft as the file says.
    for (const dataDir of report.dataDirs) {
      const store = await DraftStore.open({ dataDir });
      const [summary] = await store.list();
      expect(summary).toMatchObject({ id: CRASH_DRAFT_ID, damaged: false });
      const { draft } = await store.open(CRASH_DRAFT_ID);
      expect(draft).toEqual(draftAt(seqOf(draft)));
    }
  }, 150_000);
});
