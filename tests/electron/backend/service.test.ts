import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createService, exportFileName } from '../../../electron/backend/service';
import type { Dialogs } from '../../../electron/backend/service';
import { API_METHODS } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { buildReportDocx } from '../../../shared/docx';
import { buildReportHtml } from '../../../shared/html';
import { draftTitle, EMPTY_AGENCY } from '../../../shared/model';
import { reportsDir } from '../../helpers/drafts';
import { steppingClock, tempDir } from './store/helpers';

const fixture = (name: string) => path.join(reportsDir, name);

function fakeDialogs(overrides: Partial<Dialogs> = {}) {
  return {
    chooseImportFile: vi.fn<Dialogs['chooseImportFile']>(overrides.chooseImportFile ?? (async () => null)),
    chooseExportTarget: vi.fn<Dialogs['chooseExportTarget']>(overrides.chooseExportTarget ?? (async () => null)),
    chooseBatchFolder: vi.fn<Dialogs['chooseBatchFolder']>(overrides.chooseBatchFolder ?? (async () => null)),
    showInFolder: vi.fn<Dialogs['showInFolder']>(overrides.showInFolder ?? (() => undefined)),
  };
}

async function setup(dialogs = fakeDialogs()) {
  const dataDir = await tempDir();
  return { service: createService({ dataDir, dialogs, now: steppingClock() }), dataDir, dialogs };
}

const profile = { ...EMPTY_AGENCY, name: '某某县统计局', kind: 'department' as const, phone: '0527-1234567' };

describe('service: the contract over the store', () => {
  it('implements every contract method', async () => {
    const { service } = await setup();
    for (const method of API_METHODS) expect(typeof service[method], method).toBe('function');
  });

  it('prefills a new draft from the agency profile and remembers it as recent', async () => {
    const { service } = await setup();
    await service.updateAgencyProfile(profile);
    const draft = await service.createDraft({ year: 2024 });
    expect(draft.agency).toEqual(profile);
    expect(draft.format).toBe('2021');
    expect((await service.createDraft({ year: 2024, format: '2019' })).format).toBe('2019');
    expect((await service.getSettings()).recent[1]).toBe(draft.id);
    expect((await service.listDrafts()).map((s) => s.id)).toContain(draft.id);
  });

  it('creates next year’s draft from last year’s, linked to it', async () => {
    const { service } = await setup();
    await service.updateAgencyProfile(profile);
    const last = await service.createDraft({ year: 2023 });
    await service.saveDraft({ ...last, values: { 'applications.carryForward.natural': 4 } });
    const next = await service.createFromPrevious(last.id);
    expect(next.year).toBe(2024);
    expect(next.previous).toMatchObject({ id: last.id, year: 2023 });
    expect(next.values['applications.carriedOver.natural']).toBe(4);
    const opened = await service.openDraft(next.id);
    expect(opened.previous?.id).toBe(last.id);
  });

  it('forgets a deleted draft from the recent list and can bring it back', async () => {
    const { service } = await setup();
    const draft = await service.createDraft({ year: 2024 });
    await service.deleteDraft(draft.id);
    expect((await service.getSettings()).recent).not.toContain(draft.id);
    expect((await service.listTrash()).map((s) => s.id)).toEqual([draft.id]);
    expect((await service.restoreFromTrash(draft.id)).id).toBe(draft.id);
  });

  it('throws ApiErrors with codes the renderer can branch on', async () => {
    const { service } = await setup();
    const err = await service.openDraft('missing').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'not-found' });
    await expect(service.saveDraft({ not: 'a draft' })).rejects.toMatchObject({ code: 'invalid-arguments' });
    await expect(service.renderDocx({})).rejects.toMatchObject({ code: 'invalid-arguments' });
  });
});

describe('service: export', () => {
  it('writes the web version where the user chose, named after the draft title, and records no exported version', async () => {
    const { service, dialogs, dataDir } = await setup();
    const created = await service.createDraft({ year: 2024 });
    const target = path.join(dataDir, '..', `${path.basename(dataDir)}-out.html`);
    dialogs.chooseExportTarget.mockResolvedValueOnce(target);
    expect(await service.exportHtml(created.id)).toBe(target);
    expect(dialogs.chooseExportTarget).toHaveBeenCalledWith(`${draftTitle(created)}.html`);
    const stored = (await service.openDraft(created.id)).draft;
    expect(await readFile(target, 'utf8')).toBe(buildReportHtml(stored));
    expect(await service.listExports(created.id)).toEqual([]);
    dialogs.chooseExportTarget.mockResolvedValueOnce(null);
    expect(await service.exportHtml(created.id)).toBeNull();
  });

  it('asks for a target named after the draft title, writes the .docx and freezes the exported version', async () => {
    const { service, dialogs, dataDir } = await setup();
    await service.updateAgencyProfile(profile);
    const created = await service.createDraft({ year: 2024 });
    const target = path.join(dataDir, '..', `${path.basename(dataDir)}-out.docx`);
    dialogs.chooseExportTarget.mockResolvedValueOnce(target);
    const version = await service.exportDocx(created.id);
    expect(dialogs.chooseExportTarget).toHaveBeenCalledWith(`${draftTitle(created)}.docx`);
    const bytes = await readFile(target);
    expect(version).toMatchObject({
      draftId: created.id,
      fileName: path.basename(target),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(await service.listExports(created.id)).toEqual([version]);
    const stored = (await service.openDraft(created.id)).draft;
    expect(bytes.equals(Buffer.from(await buildReportDocx(stored)))).toBe(true);

    await service.saveDraft({ ...stored, values: { 'applications.new.natural': 9 } });
    const frozen = await service.openExport(created.id, version!.id);
    expect(frozen.readOnly).toBe(true);
    expect(frozen.draft).toEqual(stored);

    await service.showExportInFolder(created.id, version!.id);
    expect(dialogs.showInFolder).toHaveBeenCalledWith(target);
    expect((await service.listDrafts())[0]!.exportCount).toBe(1);
    const { rm } = await import('node:fs/promises');
    await rm(target);
  });

  it('says so, without opening the file manager, when the exported file has since been moved or deleted', async () => {
    const { service, dialogs, dataDir } = await setup();
    const created = await service.createDraft({ year: 2024 });
    const target = path.join(dataDir, '..', `${path.basename(dataDir)}-gone.docx`);
    dialogs.chooseExportTarget.mockResolvedValueOnce(target);
    const version = await service.exportDocx(created.id);
    const { rm } = await import('node:fs/promises');
    await rm(target);
    await expect(service.showExportInFolder(created.id, version!.id)).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining(path.basename(target)),
    });
    expect(dialogs.showInFolder).not.toHaveBeenCalled();
  });

  it('returns null and records nothing when the save dialog is cancelled', async () => {
    const { service } = await setup();
    const draft = await service.createDraft({ year: 2024 });
    expect(await service.exportDocx(draft.id)).toBeNull();
    expect(await service.listExports(draft.id)).toEqual([]);
  });

  it('reports a target it cannot write as an io error and records nothing', async () => {
    const dialogs = fakeDialogs({ chooseExportTarget: async () => '/nonexistent-folder/x/report.docx' });
    const { service } = await setup(dialogs);
    const draft = await service.createDraft({ year: 2024 });
    await expect(service.exportDocx(draft.id)).rejects.toMatchObject({ code: 'io' });
    expect(await service.listExports(draft.id)).toEqual([]);
  });

  it('renders the exact export bytes of an unsaved draft for the preview', async () => {
    const { service } = await setup();
    const draft = await service.createDraft({ year: 2024 });
    const edited = { ...draft, values: { 'applications.new.natural': 3 } };
    expect(await service.renderDocx(edited)).toEqual(await buildReportDocx(edited));
  });

  it('names export files without characters Windows refuses', () => {
    const draft = { title: '某局/2024:年报*?', agency: { ...EMPTY_AGENCY }, year: 2024 } as never;
    expect(exportFileName(draft)).toBe('某局_2024_年报__.docx');
  });
});

describe('service: import', () => {
  it('imports the chosen published report as a new draft with its structured coverage', async () => {
    const dialogs = fakeDialogs({ chooseImportFile: async () => fixture('2020-quanzhou-statistics-bureau.txt') });
    const { service } = await setup(dialogs);
    const result = await service.importReport();
    expect(result).not.toBeNull();
    expect(result!.draft.year).toBe(2020);
    expect(result!.coverage.missingCount).toBe(0);
    expect(result!.coverage.foundCount).toBeGreaterThan(0);
    expect(result!.coverage.tables.map((t) => t.found === t.total)).toEqual([true, true, true]);
    expect((await service.openDraft(result!.draft.id)).draft).toEqual(result!.draft);
    expect((await service.getSettings()).recent[0]).toBe(result!.draft.id);
  });

  it('returns null when the open dialog is cancelled', async () => {
    const { service } = await setup();
    expect(await service.importReport()).toBeNull();
    expect(await service.listDrafts()).toEqual([]);
  });

  it('cancelImport stops the import in progress: importReport resolves to null and creates nothing', async () => {
    let chosen!: () => void;
    const dialogChosen = new Promise<void>((resolve) => (chosen = resolve));
    const dialogs = fakeDialogs({
      chooseImportFile: async () => {
        chosen();
        return fixture('2020-quanzhou-statistics-bureau.txt');
      },
    });
    const { service } = await setup(dialogs);
    const pending = service.importReport();
    await dialogChosen;
    await service.cancelImport();
    expect(await pending).toBeNull();
    expect(await service.listDrafts()).toEqual([]);
    await expect(service.cancelImport()).resolves.toBeUndefined();
  });

  it('imports dropped bytes (importReportData) through the same worker as a chosen file', async () => {
    const { service, dialogs } = await setup();
    const bytes = new Uint8Array(await readFile(fixture('2020-quanzhou-statistics-bureau.txt')));
    const result = await service.importReportData('2020年报.txt', bytes);
    expect(result!.draft.year).toBe(2020);
    expect(result!.coverage.missingCount).toBe(0);
    expect((await service.listDrafts()).map((d) => d.id)).toEqual([result!.draft.id]);
    expect(dialogs.chooseImportFile).not.toHaveBeenCalled();
  });

  it('refuses dropped bytes that are not a report with the importer’s reason, creating nothing', async () => {
    const { service } = await setup();
    await expect(service.importReportData('photo.txt', new Uint8Array())).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('文件是空的'),
    });
    expect(await service.listDrafts()).toEqual([]);
  });

  it('cancelImport stops a dropped file’s import too: importReportData resolves to null', async () => {
    const { service } = await setup();
    const bytes = new Uint8Array(await readFile(fixture('2020-quanzhou-statistics-bureau.txt')));
    const pending = service.importReportData('r.txt', bytes);
    await service.cancelImport();
    expect(await pending).toBeNull();
    expect(await service.listDrafts()).toEqual([]);
  });

  it('refuses a file that is not a report with the importer’s reason, creating nothing', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'empty.txt');
    await writeFile(file, '');
    const { service } = await setup(fakeDialogs({ chooseImportFile: async () => file }));
    await expect(service.importReport()).rejects.toMatchObject({ code: 'invalid-arguments' });
    expect(await service.listDrafts()).toEqual([]);
  });
});

describe('service: data folder', () => {
  it('reports a data folder it cannot create as an io error on every call', async () => {
    const dir = await tempDir();
    const blocker = path.join(dir, 'file');
    await writeFile(blocker, 'not a folder');
    const service = createService({ dataDir: path.join(blocker, 'data'), dialogs: fakeDialogs() });
    await expect(service.listDrafts()).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/数据文件夹/),
    });
    await expect(service.getSettings()).rejects.toMatchObject({ code: 'io' });
  });
});
