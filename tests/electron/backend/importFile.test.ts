import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CANCELLED, readReportFile } from '../../../electron/backend/importFile';
import { runImport } from '../../../electron/backend/importJob';
import { importReport } from '../../../shared/import';
import type * as Import from '../../../shared/import';
import { reportsDir } from '../../helpers/drafts';

vi.mock('electron');
// The real importer, wrapped so one test can make it fail the way a bug in it would.
vi.mock('../../../shared/import', async (importOriginal) => {
  const real = await importOriginal<typeof Import>();
  return { ...real, importReport: vi.fn(real.importReport) };
});

const options = { id: 'imported', now: '2025-02-01T08:00:00.000Z' };
const quanzhou = path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt');
const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'import-'));

describe('readReportFile', () => {
  it('imports the 2020 Quanzhou report from disk, in a worker thread', async () => {
    const outcome = await readReportFile(quanzhou, options);
    expect(outcome).toMatchObject({ ok: true, complete: true });
  });

  it('refuses a file over 20 MB with a Chinese message, before reading it', async () => {
    const file = path.join(scratch(), 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 20 * 1024 * 1024 + 1);
    const outcome = await readReportFile(file, options);
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('超过 20 MB 的上限') });
  });

  it('reports a missing file or a folder instead of throwing', async () => {
    await expect(readReportFile('/nonexistent/report.txt', options)).resolves.toEqual({
      ok: false,
      reason: '找不到文件「/nonexistent/report.txt」',
    });
    await expect(readReportFile(os.tmpdir(), options)).resolves.toEqual({
      ok: false,
      reason: expect.stringContaining('是文件夹，不是文件'),
    });
  });

  it.runIf(process.platform !== 'win32')('refuses /dev/zero instead of reading it without end', async () => {
    await expect(readReportFile('/dev/zero', options)).resolves.toEqual({
      ok: false,
      reason: '「/dev/zero」不是普通文件（是设备、管道或套接字），无法读取',
    });
  });

  it.runIf(process.platform !== 'win32')('refuses a FIFO instead of waiting for a writer', async () => {
    const fifo = path.join(scratch(), 'report.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(readReportFile(fifo, options)).resolves.toEqual({
      ok: false,
      reason: expect.stringContaining('不是普通文件'),
    });
  });

  it.runIf(process.platform !== 'win32')('refuses a symlink, even to a readable system file', async () => {
    const dir = scratch();
    for (const target of ['/etc/passwd', '/dev/zero', quanzhou]) {
      const link = path.join(dir, `${path.basename(target)}.txt`);
      symlinkSync(target, link);
      await expect(readReportFile(link, options), target).resolves.toEqual({
        ok: false,
        reason: expect.stringContaining('是符号链接，不是普通文件'),
      });
    }
  });

  it('stops an import that runs past its time budget, with a Chinese message', async () => {
    await expect(readReportFile(quanzhou, { ...options, budgetMs: 1 })).resolves.toEqual({
      ok: false,
      reason: expect.stringContaining('导入超过 0.001 秒仍未完成，已停止'),
    });
  });

  it('stops an import when it is cancelled, and does not start one already cancelled', async () => {
    const controller = new AbortController();
    const pending = readReportFile(quanzhou, { ...options, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(pending).resolves.toEqual({ ok: false, reason: CANCELLED });
    await expect(readReportFile(quanzhou, { ...options, signal: AbortSignal.abort() })).resolves.toEqual({
      ok: false,
      reason: CANCELLED,
    });
  });

  it('keeps the calling thread free while a slow file is imported', async () => {
    // 19 000 wrapped lines of one paragraph: most of a second of importing.
    const file = path.join(scratch(), 'long.txt');
    const line = '政府信息公开工作稳步推进并持续深化各项工作有序开展取得成效';
    writeFileSync(file, `一、总体情况\n${Array.from({ length: 19_000 }, () => line).join('\n')}\n`);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const outcome = await readReportFile(file, options);
    clearInterval(timer);
    expect(outcome.ok).toBe(true);
    expect(ticks).toBeGreaterThanOrEqual(5);
  });
});

describe('runImport (what the worker runs)', () => {
  it('turns a bug in the importer into a reason instead of throwing', async () => {
    vi.mocked(importReport).mockImplementationOnce(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'cells')");
    });
    const input = { fileName: 'a.txt', bytes: new Uint8Array([65]) };
    expect(await runImport({ input, options })).toEqual({
      ok: false,
      reason:
        "导入程序出错，未能导入该文件（请将文件和此信息提供给技术支持）：Cannot read properties of undefined (reading 'cells')",
    });
  });
});
