import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readReportFile } from '../../../electron/backend/importFile';
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

describe('readReportFile', () => {
  it('imports the 2020 Quanzhou report from disk', async () => {
    const file = path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt');
    const outcome = await readReportFile(file, options);
    expect(outcome).toMatchObject({ ok: true, complete: true });
  });

  it('refuses a file over 20 MB with a Chinese message, before reading it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'import-'));
    const file = path.join(dir, 'huge.txt');
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

  it('turns a bug in the importer into a reason instead of throwing', async () => {
    vi.mocked(importReport).mockImplementationOnce(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'cells')");
    });
    const file = path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt');
    await expect(readReportFile(file, options)).resolves.toEqual({
      ok: false,
      reason:
        "导入程序出错，未能导入该文件（请将文件和此信息提供给技术支持）：Cannot read properties of undefined (reading 'cells')",
    });
  });
});
