import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { parseDraftText, SCHEMA_VERSION } from '../../../shared/model';
import { reportsDir } from '../../helpers/drafts';

const reports = reportsDir;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-import-'));
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

describe('cli import', () => {
  it('exits 0 and writes a valid draft when all tables are found complete', async () => {
    const { code, err } = await cli(
      'import',
      path.join(reports, '2020-quanzhou-statistics-bureau.txt'),
      '-o',
      'd.json',
    );
    expect(code).toBe(0);
    expect(err).toContain('所有表格单元格均已找到。');
    const text = readFileSync(path.join(dir, 'd.json'), 'utf8');
    expect(text).toContain(`\n  "schemaVersion": ${SCHEMA_VERSION}`);
    const parsed = parseDraftText(text);
    expect(parsed.ok && parsed.value.values['applications.new.natural']).toBe(18);
  });

  it('exits 1 and names the cells it could not place when some are missing', async () => {
    const { code, err } = await cli('import', path.join(reports, '2025-shanghai-office.txt'), '-o', 'd.json');
    expect(code).toBe(1);
    expect(err).toContain('未找到 6 格');
    expect(err).toContain('疑点：表二「规章」一行应有3个数字');
    expect(parseDraftText(readFileSync(path.join(dir, 'd.json'), 'utf8')).ok).toBe(true);
  });

  it('exits 2 with the reason and writes nothing for binary, empty or unrelated files', async () => {
    const cases: [string, Uint8Array | string, string][] = [
      ['a.bin', new Uint8Array(3000).map((_, i) => (i * 131) % 256), '二进制'],
      ['empty.txt', '', '文件是空的'],
      ['notes.txt', '会议纪要\n今天讨论了三件事。\n', '没有找到政府信息公开工作年度报告的内容'],
    ];
    for (const [name, content, reason] of cases) {
      writeFileSync(path.join(dir, name), content);
      const { code, err } = await cli('import', name, '-o', `${name}.json`);
      expect({ name, code }).toEqual({ name, code: 2 });
      expect(err).toContain(reason);
      expect(existsSync(path.join(dir, `${name}.json`))).toBe(false);
    }
  });

  it('exits 2 with a plain reason, not a stack trace, when the draft cannot be written', async () => {
    const report = path.join(reports, '2020-quanzhou-statistics-bureau.txt');
    const { code, err } = await cli('import', report, '-o', 'no/such/folder/d.json');
    expect(code).toBe(2);
    expect(err).toContain(`无法写入草稿文件「${path.join(dir, 'no/such/folder/d.json')}」：文件或所在文件夹不存在`);
    expect(err).not.toContain('内部错误');
    expect(err).not.toMatch(/\bat \S+:\d+:\d+/);
  });

  it('imports a published PDF and a .doc like any other report, exit 0 when every cell is found', async () => {
    const variants = path.join(reports, '..', '..', 'import');
    for (const file of [
      path.join(reports, '2024-huaian-city.pdf'),
      path.join(variants, '2024-shanghai-kewei-libreoffice.doc'),
    ]) {
      const { code, err } = await cli('import', file, '-o', 'd.json');
      expect({ file, code }).toEqual({ file, code: 0 });
      expect(err).toContain('所有表格单元格均已找到。');
      expect(parseDraftText(readFileSync(path.join(dir, 'd.json'), 'utf8')).ok).toBe(true);
    }
  });

  it('exits 2 with the reason for a PDF or .doc it cannot read', async () => {
    writeFileSync(path.join(dir, 'bad.pdf'), '%PDF-1.4\n garbage');
    writeFileSync(path.join(dir, 'bad.doc'), 'not a word file');
    expect(await cli('import', 'bad.pdf', '-o', 'p.json')).toMatchObject({
      code: 2,
      err: expect.stringContaining('PDF'),
    });
    expect(await cli('import', 'bad.doc', '-o', 'w.json')).toMatchObject({
      code: 2,
      err: expect.stringContaining('.docx'),
    });
    expect(existsSync(path.join(dir, 'p.json')) || existsSync(path.join(dir, 'w.json'))).toBe(false);
  });

  it('imports a .wps (WPS saves Word 97–2003 under that name) like a .doc, exit 0 when every cell is found', async () => {
    const doc = path.join(reports, '..', '..', 'import', '2024-shanghai-kewei-libreoffice.doc');
    writeFileSync(path.join(dir, '2024年报.wps'), readFileSync(doc));
    const { code, err } = await cli('import', '2024年报.wps', '-o', 'd.json');
    expect(code).toBe(0);
    expect(err).toContain('所有表格单元格均已找到。');
    expect(parseDraftText(readFileSync(path.join(dir, 'd.json'), 'utf8')).ok).toBe(true);
  });

  it('exits 2 with the reason for a .wps it cannot read, writing nothing', async () => {
    writeFileSync(path.join(dir, 'bad.wps'), 'not a wps file');
    const { code, err } = await cli('import', 'bad.wps', '-o', 'w.json');
    expect(code).toBe(2);
    expect(err).toContain('无法导入');
    expect(existsSync(path.join(dir, 'w.json'))).toBe(false);
  });

  it('exits 2 on usage errors', async () => {
    expect((await cli('import')).code).toBe(2);
    expect((await cli('import', 'a.txt')).err).toContain('-o');
  });
});
