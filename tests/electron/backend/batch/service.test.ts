/** 批量检查 through the service, as the app's screen drives it: start on a folder, poll, open, 汇总, export. */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../../electron/backend/service';
import type { Dialogs } from '../../../../electron/backend/service';
import { MAX_APP_BATCH } from '../../../../shared/api/batch';
import type { BatchStatus, BatchTable } from '../../../../shared/api/batch';
import { batchSheets, buildBatchReport } from '../../../../shared/batch';
import { readBatchFile } from '../../../../electron/backend/batch/readOne';
import { reportsDir } from '../../../helpers/drafts';
import { steppingClock, tempDir } from '../store/helpers';

const REPORTS = ['2023-hongze-district.txt', '2023-shuyang-development-reform-bureau.txt', '2024-hongze-district.txt'];

async function reportFolder(): Promise<string> {
  const dir = await tempDir();
  for (const name of REPORTS) await copyFile(path.join(reportsDir, name), path.join(dir, name));
  await writeFile(path.join(dir, 'damaged.docx'), 'PK\u0003\u0004 not really a zip');
  return dir;
}

function setup(folder: string | null, exportTo: string | null = null) {
  const dialogs: Dialogs = {
    chooseImportFile: async () => null,
    chooseExportTarget: vi.fn(async (name: string) => (exportTo === null ? null : path.join(exportTo, name))),
    chooseBatchFolder: async () => folder,
    showInFolder: () => undefined,
  };
  return tempDir().then((dataDir) => createService({ dataDir, dialogs, now: steppingClock(), batchThreads: 0 }));
}

async function finished(service: Awaited<ReturnType<typeof setup>>, jobId: string): Promise<BatchTable> {
  let status: BatchStatus = await service.batchProgress(jobId);
  for (let i = 0; i < 600 && status.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    status = await service.batchProgress(jobId);
  }
  if (status.state !== 'done') throw new Error(`batch ended as ${status.state}`);
  return status.table;
}

describe('service: 批量检查', () => {
  it('starts nothing when the folder dialog is cancelled', async () => {
    const service = await setup(null);
    expect(await service.startBatch()).toBeNull();
  });

  it('checks every report of the folder and gives the 报告 sheet of the workbook, row for row, with the damaged file’s reason', async () => {
    const folder = await reportFolder();
    const service = await setup(folder);
    const started = await service.startBatch();
    expect(started).toMatchObject({ folder, total: 4 });
    const table = await finished(service, started!.jobId);

    // The same sheet the export writes, built here from the same files.
    const results = [];
    for (const name of [
      '2023-hongze-district.txt',
      '2023-shuyang-development-reform-bureau.txt',
      '2024-hongze-district.txt',
      'damaged.docx',
    ])
      results.push(await readBatchFile({ path: path.join(folder, name), display: name }, new Date().toISOString()));
    // The service's clock: the deadline rule counts days from it.
    const [sheet] = batchSheets(buildBatchReport(results, { today: new Date('2025-01-10T08:00:00.000Z') }));
    expect(table.headers).toEqual(sheet!.headers);
    expect(table.rows.map((r) => r.cells[0])).toEqual([
      '2023-hongze-district.txt',
      '2023-shuyang-development-reform-bureau.txt',
      '2024-hongze-district.txt',
      'damaged.docx',
    ]);
    expect(table.rows.map((r) => r.read)).toEqual([true, true, true, false]);
    expect(String(table.rows[3]!.cells[1])).toMatch(/^无法读取：/);
    expect(table).toMatchObject({ readCount: 3, unreadCount: 1 });
    for (const row of table.rows) for (const rule of row.rules) expect(table.ruleIds).toContain(rule);
  }, 60_000);

  it('opens a row read-only, saying it comes from the batch, and refuses a row that could not be read with its reason', async () => {
    const service = await setup(await reportFolder());
    const { jobId } = (await service.startBatch())!;
    await finished(service, jobId);
    const opened = await service.openBatchReport(jobId, 0);
    expect(opened.readOnly).toBe(true);
    expect(opened.readOnlyReason).toBe('批量检查中的报告（只读）：2023-hongze-district.txt');
    expect(opened.draft.year).toBe(2023);
    await expect(service.openBatchReport(jobId, 3)).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('「damaged.docx」无法读取'),
    });
    // Nothing of the batch lands in the drafts list by opening it.
    expect(await service.listDrafts()).toEqual([]);
  }, 60_000);

  it('sums the chosen rows into a new draft cell by cell, and refuses mixed years naming the files', async () => {
    const service = await setup(await reportFolder());
    const { jobId } = (await service.startBatch())!;
    await finished(service, jobId);
    const a = (await service.openBatchReport(jobId, 0)).draft;
    const b = (await service.openBatchReport(jobId, 1)).draft;
    const total = await service.sumBatchReports(jobId, [0, 1], '某某县人民政府');
    expect(total.agency.name).toBe('某某县人民政府');
    expect(total.year).toBe(2023);
    for (const address of Object.keys(total.values)) {
      expect(total.values[address]).toBeCloseTo((a.values[address] ?? 0) + (b.values[address] ?? 0), 6);
    }
    expect(total.values['applications.new.natural']).toBe(
      (a.values['applications.new.natural'] ?? 0) + (b.values['applications.new.natural'] ?? 0),
    );
    expect((await service.listDrafts()).map((d) => d.id)).toEqual([total.id]);

    await expect(service.sumBatchReports(jobId, [0, 2], '某某县人民政府')).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringMatching(/年度不一致.*2023-hongze-district\.txt.*2024-hongze-district\.txt/),
    });
    await expect(service.sumBatchReports(jobId, [0, 3], '某某县人民政府')).rejects.toMatchObject({
      message: expect.stringContaining('「damaged.docx」无法读取'),
    });
  }, 60_000);

  it('exports the results as .xlsx where the user chose, with one row per report', async () => {
    const exportDir = await tempDir();
    const service = await setup(await reportFolder(), exportDir);
    const { jobId } = (await service.startBatch())!;
    const table = await finished(service, jobId);
    const file = await service.exportBatchResults(jobId);
    expect(file).toBe(path.join(exportDir, '批量检查结果.xlsx'));
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file!);
    const sheet = book.getWorksheet('报告')!;
    expect(sheet.rowCount).toBe(1 + table.rows.length);
    expect(sheet.getRow(2).getCell(1).value).toBe('2023-hongze-district.txt');
  }, 60_000);

  it('cancels a running batch, and forgets a batch once another is started', async () => {
    const folder = await reportFolder();
    const service = await setup(folder);
    const first = (await service.startBatch())!;
    await service.cancelBatch(first.jobId);
    expect(await service.batchProgress(first.jobId)).toEqual({ state: 'cancelled' });
    const second = (await service.startBatch())!;
    await expect(service.batchProgress(first.jobId)).rejects.toMatchObject({ code: 'not-found' });
    expect((await finished(service, second.jobId)).rows).toHaveLength(4);
  }, 60_000);

  it(`refuses a folder with more than ${MAX_APP_BATCH} reports, and one with none, in words`, async () => {
    const big = await tempDir();
    await mkdir(path.join(big, 'sub'));
    for (let i = 0; i <= MAX_APP_BATCH; i++) await writeFile(path.join(big, 'sub', `${i}.txt`), '');
    await expect((await setup(big)).startBatch()).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining(`有 ${MAX_APP_BATCH + 1} 份报告，一次最多检查 ${MAX_APP_BATCH} 份`),
    });
    const empty = await tempDir();
    await writeFile(path.join(empty, 'notes.xls'), 'x');
    await expect((await setup(empty)).startBatch()).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('没有找到报告文件'),
    });
  }, 60_000);
});
