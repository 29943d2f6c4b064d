import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../../electron/backend/service';
import { openStore, sampleDraft, steppingClock, tempDir } from './helpers';

/** 21 MB of text in one paragraph: over the 20 MB limit of a serialized draft. */
const huge = () => {
  const draft = sampleDraft('d1');
  return {
    ...draft,
    narrative: {
      ...draft.narrative,
      other: [{ id: 'other-0', heading: '', paragraphs: ['字'.repeat(7 * 1024 * 1024)] }],
    },
  };
};

describe('drafts store and service: size limit of a draft argument', () => {
  it('refuses to save a draft over 20 MB, saying the limit, and keeps the file as it was', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('d1'));
    const file = path.join(dataDir, 'drafts', 'd1.json');
    const before = await readFile(file, 'utf8');
    await expect(store.save(huge())).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringMatching(/^草稿过大（21\.0 MB），超过 20 MB 的上限，未保存$/),
    });
    expect(await readFile(file, 'utf8')).toBe(before);
    await expect(store.create({ ...huge(), id: 'd2' })).rejects.toMatchObject({ code: 'invalid-arguments' });
  });

  it('refuses to render a draft over 20 MB for the preview', async () => {
    const dialogs = {
      chooseImportFile: async () => null,
      chooseExportTarget: async () => null,
      chooseBatchFolder: async () => null,
      showInFolder: () => {},
    };
    const service = createService({ dataDir: await tempDir(), dialogs, now: steppingClock() });
    await expect(service.renderDocx(huge())).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('超过 20 MB 的上限'),
    });
    // The refusal comes before the store is read: let the store's start (temp-file cleaning) finish in its folder.
    expect(await service.listDrafts()).toEqual([]);
  });
});
