import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openStore, sampleDraft } from './helpers';

describe('drafts store: exported versions', () => {
  it('freezes the exact draft with the export time and the SHA-256 of the file', async () => {
    const { store } = await openStore();
    const draft = sampleDraft('d1');
    await store.create(draft);
    const bytes = new TextEncoder().encode('pretend docx');
    const version = await store.recordExport(draft, bytes, '/home/user/文档/年报.docx');
    expect(version).toMatchObject({
      draftId: 'd1',
      fileName: '年报.docx',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(await store.listExports('d1')).toEqual([version]);
    expect(await store.exportFilePath('d1', version.id)).toBe('/home/user/文档/年报.docx');
    expect((await store.list())[0]!.exportCount).toBe(1);
  });

  it('reopens an exported version read-only and unchanged by later saves', async () => {
    const { store } = await openStore();
    const draft = sampleDraft('d1');
    await store.create(draft);
    const version = await store.recordExport(draft, new Uint8Array([1]), '/tmp/a.docx');
    await store.save(sampleDraft('d1', { values: { 'applications.new.natural': 99 } }));
    const opened = await store.openExport('d1', version.id);
    expect(opened.readOnly).toBe(true);
    expect(opened.readOnlyReason).toMatch(/导出版本.*只读/);
    expect(opened.draft).toEqual(draft);
  });

  it('lists exports newest first and says when one does not exist', async () => {
    const { store } = await openStore();
    const draft = sampleDraft('d1');
    await store.create(draft);
    const a = await store.recordExport(draft, new Uint8Array([1]), '/tmp/a.docx');
    const b = await store.recordExport(draft, new Uint8Array([2]), '/tmp/b.docx');
    expect((await store.listExports('d1')).map((v) => v.id)).toEqual([b.id, a.id]);
    await expect(store.openExport('d1', 'nothere')).rejects.toMatchObject({ code: 'not-found' });
    expect(await store.listExports('other')).toEqual([]);
  });
});
