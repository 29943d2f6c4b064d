import { execFileSync } from 'node:child_process';
import {
  promises as fsp,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  mkdirSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockFileNames, writeExportFile } from '../../../electron/backend/exportFile';

vi.mock('electron');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'export-file-'));
});
afterEach(() => vi.restoreAllMocks());

const bytes = (text: string) => new TextEncoder().encode(text);
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('writeExportFile', () => {
  it('writes the bytes and leaves no temp file behind', async () => {
    const target = path.join(dir, '报告.docx');
    await writeExportFile(target, bytes('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('replaces an existing file whole, through a temp file in the same folder renamed over it', async () => {
    const target = path.join(dir, 'report.docx');
    writeFileSync(target, 'old');
    const rename = vi.spyOn(fsp, 'rename');
    await writeExportFile(target, bytes('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    const [from, to] = rename.mock.calls[0]!;
    expect(path.dirname(String(from))).toBe(dir);
    expect(to).toBe(target);
  });

  it.each(['~$report.docx', '.~lock.report.docx#'])('refuses while %s says the target is open', async (lock) => {
    const target = path.join(dir, 'report.docx');
    writeFileSync(target, 'old');
    writeFileSync(path.join(dir, lock), '');
    await expect(writeExportFile(target, bytes('new'))).rejects.toThrow(/正在 Word 或 WPS 中打开.*请先关闭该文件/);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it('knows Word shortens the owner file of a long name: ~$13年年度报告.docx for 2013年年度报告.docx', () => {
    expect(lockFileNames('2013年年度报告.docx')).toContain('~$13年年度报告.docx');
    expect(lockFileNames('abcdefg.docx')).toContain('~$bcdefg.docx');
    expect(lockFileNames('abc.docx')).toEqual(['~$abc.docx', '.~lock.abc.docx#']);
  });

  it.each(['EBUSY', 'EPERM', 'EACCES'])(
    'refuses with a clear message when the target is locked (%s on rename)',
    async (code) => {
      const target = path.join(dir, 'report.docx');
      writeFileSync(target, 'old');
      vi.spyOn(fsp, 'rename').mockRejectedValueOnce(errno(code));
      await expect(writeExportFile(target, bytes('new'))).rejects.toThrow(
        /“report\.docx”正被其他程序（如 Word、WPS）打开/,
      );
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['report.docx']);
    },
  );

  it.each(['EACCES', 'EPERM', 'EROFS'])(
    'refuses with a clear message when the folder is not writable (%s)',
    async (code) => {
      vi.spyOn(fsp, 'open').mockRejectedValueOnce(errno(code));
      await expect(writeExportFile(path.join(dir, 'report.docx'), bytes('x'))).rejects.toThrow(
        /没有写入文件夹“.*”的权限/,
      );
    },
  );

  it('says so when the folder does not exist', async () => {
    await expect(writeExportFile(path.join(dir, 'missing', 'report.docx'), bytes('x'))).rejects.toThrow(
      /文件夹“.*missing”不存在/,
    );
  });

  it('refuses a target that is a folder', async () => {
    mkdirSync(path.join(dir, 'report.docx'));
    await expect(writeExportFile(path.join(dir, 'report.docx'), bytes('x'))).rejects.toThrow(/是一个文件夹/);
  });

  it('removes the temp file when writing fails half-way (disk full)', async () => {
    const open = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementationOnce(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await open(...args);
      vi.spyOn(handle, 'writeFile').mockRejectedValueOnce(errno('ENOSPC'));
      return handle;
    });
    await expect(writeExportFile(path.join(dir, 'report.docx'), bytes('x'))).rejects.toThrow(/磁盘空间不足/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeExportFile: only a regular file is a target; stale temp files are cleaned', () => {
  it.each([
    ['a FIFO', (t: string) => execFileSync('mkfifo', [t])],
    ['a symlink to a device', (t: string) => symlinkSync('/dev/null', t)],
  ])('refuses %s as the target, writing nothing', async (_, make) => {
    const target = path.join(dir, 'report.docx');
    make(target);
    await expect(writeExportFile(target, bytes('x'))).rejects.toThrow(/不是普通文件/);
    expect(readdirSync(dir)).toEqual(['report.docx']);
  });

  it('removes its own temp files older than a few minutes from the target folder, and nothing else', async () => {
    const old = new Date(Date.now() - 10 * 60 * 1000);
    const names = {
      staleOwn: '.旧报告.docx.0123456789ab.tmp',
      freshOwn: '.另一份.docx.ba9876543210.tmp',
      userTmp: '.notes.tmp',
      userDocx: '.hidden.docx',
    };
    for (const name of Object.values(names)) {
      writeFileSync(path.join(dir, name), 'x');
      if (name !== names.freshOwn) utimesSync(path.join(dir, name), old, old);
    }
    await writeExportFile(path.join(dir, 'report.docx'), bytes('new'));
    expect(readdirSync(dir).sort()).toEqual([names.freshOwn, names.userTmp, names.userDocx, 'report.docx'].sort());
  });
});
