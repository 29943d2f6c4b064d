/**
 * The process the crash test kills: opens the store in the data folder given as argv[2], then saves a growing draft
 * in a loop, printing each save number once it is on disk. Bundled to one .mjs so it starts fast under plain Node.
 */
import { DraftStore } from '../../electron/backend/store';
import { CRASH_DRAFT_ID, draftAt, saveTime, seqOf } from './crashDraft';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crashChild <dataDir>');

let seq = 0;
const store = await DraftStore.open({ dataDir, now: () => saveTime(seq) });
const existing = (await store.list()).find((s) => s.id === CRASH_DRAFT_ID);
if (existing) {
  seq = seqOf((await store.open(CRASH_DRAFT_ID)).draft);
} else {
  await store.create(draftAt(0));
}
process.stdout.write(`ready ${seq}\n`);
for (;;) {
  seq += 1;
  await store.save(draftAt(seq));
  process.stdout.write(`saved ${seq}\n`);
}
