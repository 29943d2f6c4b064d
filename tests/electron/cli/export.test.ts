import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli';
import { buildReportDocx } from '../../../shared/docx';
import { buildReportHtml } from '../../../shared/html';
import type * as Docx from '../../../shared/docx';
import { loadDraftFixture, repoRoot } from '../../helpers/drafts';

vi.mock('electron');
// The real builder, wrapped so one test can make it fail the way a moved docx internal would.
vi.mock('../../../shared/docx', async (importOriginal) => {
  const real = await importOriginal<typeof Docx>();
  return { ...real, buildReportDocx: vi.fn(real.buildReportDocx) };
});

const FIXTURE = path.join(repoRoot, 'tests/fixtures/drafts/2020-quanzhou.json');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-export-'));
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

describe('cli export', () => {
  it('writes the exact export bytes to -o, relative to the working folder, and exits 0', async () => {
    const { code, out } = await cli('export', FIXTURE, '-o', 'report.docx');
    expect(code).toBe(0);
    expect(out).toContain(path.join(dir, 'report.docx'));
    const written = new Uint8Array(readFileSync(path.join(dir, 'report.docx')));
    expect(written).toEqual(await buildReportDocx(loadDraftFixture('2020-quanzhou.json')));
  });

  it('writes the web version when -o ends in .html (any case): the exact page, UTF-8', async () => {
    const { code } = await cli('export', FIXTURE, '-o', 'report.HTML');
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, 'report.HTML'), 'utf8')).toBe(
      buildReportHtml(loadDraftFixture('2020-quanzhou.json')),
    );
  });

  it('refuses to overwrite a report open in Word, exits 2 and keeps the old file', async () => {
    writeFileSync(path.join(dir, 'report.docx'), 'old');
    writeFileSync(path.join(dir, '~$report.docx'), '');
    const { code, err } = await cli('export', FIXTURE, '-o', 'report.docx');
    expect(code).toBe(2);
    expect(err).toMatch(/正在 Word 或 WPS 中打开/);
    expect(readFileSync(path.join(dir, 'report.docx'), 'utf8')).toBe('old');
  });

  it.each([
    [['export'], /请指定一个草稿文件/],
    [['export', FIXTURE], /请用 -o 指定/],
    [['export', FIXTURE, '-o', 'report.pdf'], /应以 \.docx（Word 文档）或 \.html（网页版）结尾/],
    [['export', 'missing.json', '-o', 'r.docx'], /找不到文件/],
    [['export', FIXTURE, '-o', 'no/such/folder/r.docx'], /不存在/],
  ])('exits 2 with the reason for unusable input %#', async (argv, message) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('exits 2 naming the problem for a damaged draft, and writes nothing', async () => {
    writeFileSync(path.join(dir, 'bad.json'), '{"schemaVersion": 1, "format": "2021"');
    const { code, err } = await cli('export', 'bad.json', '-o', 'r.docx');
    expect(code).toBe(2);
    expect(err).toMatch(/不是有效的 JSON/);
    expect(existsSync(path.join(dir, 'r.docx'))).toBe(false);
  });

  it('exits 2 with the reason, and writes nothing, when the builder fails', async () => {
    vi.mocked(buildReportDocx).mockRejectedValueOnce(new Error('docx 的内部编译器不可用（docx 版本已变化），无法导出'));
    const { code, err } = await cli('export', FIXTURE, '-o', 'r.docx');
    expect(code).toBe(2);
    expect(err).toBe('导出失败，未写入任何文件：docx 的内部编译器不可用（docx 版本已变化），无法导出\n');
    expect(existsSync(path.join(dir, 'r.docx'))).toBe(false);
  });

  it('is listed by help', async () => {
    const { out } = await cli('help');
    expect(out).toContain('export draft.json -o report.docx');
    expect(out).toContain('export draft.json -o report.html');
  });
});
