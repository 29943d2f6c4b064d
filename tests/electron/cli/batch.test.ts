import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { parseDraftText } from '../../../shared/model';
import { cellIndex } from '../../../shared/templates';
import { repoRoot, reportsDir } from '../../helpers/drafts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-batch-'));
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

const REPORTS = readdirSync(reportsDir).filter((f) => f.endsWith('.txt'));

/** The fixture reports, a draft, a damaged .docx, an unrelated document and a byte-for-byte copy, in sub-folders. */
function reportFolder(): string {
  const folder = path.join(dir, 'reports');
  mkdirSync(path.join(folder, '乡镇'), { recursive: true });
  REPORTS.forEach((f, i) => copyFileSync(path.join(reportsDir, f), path.join(folder, i % 2 ? '乡镇' : '', f)));
  copyFileSync(path.join(repoRoot, 'tests/fixtures/drafts/2020-quanzhou.json'), path.join(folder, 'quanzhou.json'));
  writeFileSync(
    path.join(folder, 'damaged.docx'),
    new Uint8Array(4000).map((_, i) => (i * 37) % 256),
  );
  writeFileSync(path.join(folder, 'notes.txt'), '会议纪要\n今天讨论了三件事。\n');
  copyFileSync(path.join(reportsDir, '2025-shanghai-office.txt'), path.join(folder, 'copy-of-shanghai.txt'));
  writeFileSync(path.join(folder, 'photo.png'), 'not a report');
  return folder;
}

async function readSheets(file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: ws.name, views: ws.views, widths: ws.columns.map((c) => c.width), rows };
  });
}

const cellOf = (rows: unknown[][], file: string, header: string) =>
  rows.find((r) => r[0] === file)?.[rows[0]!.indexOf(header)];

describe('cli batch', () => {
  it('writes one row per report, a findings sheet, and exits 1 when some files could not be read', async () => {
    reportFolder();
    const { code, out, err } = await cli('batch', 'reports', '-o', 'results.xlsx', '--threads', '0');
    expect(code).toBe(1);
    const total = REPORTS.length + 4;
    expect(out).toContain(`共 ${total} 份：已检查 ${REPORTS.length + 2} 份，无法读取 2 份`);
    expect(err).toContain(`[${total}/${total}] reports/`);
    expect(err).toContain('剩余约');
    expect(err).toContain('跳过了 1 个不是报告类型的文件');

    const [rowsSheet, findingsSheet] = await readSheets(path.join(dir, 'results.xlsx'));
    expect(rowsSheet!.name).toBe('报告');
    expect(rowsSheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = rowsSheet!.rows;
    expect(rows[0]!.slice(0, 12)).toEqual([
      '文件',
      '状态',
      '来源',
      '机关',
      '年度',
      '格式',
      '机关类型',
      '找到单元格',
      '单元格总数',
      '疑点',
      '错误',
      '提醒',
    ]);
    expect(rows).toHaveLength(total + 1);
    expect(cellOf(rows, 'reports/damaged.docx', '状态')).toBe('无法读取：该文件的扩展名是 .docx，但内容不是 Word 文档');
    expect(cellOf(rows, 'reports/notes.txt', '状态')).toMatch(/^无法读取：没有找到政府信息公开工作年度报告的内容/);
    // Files are taken in name order, sub-folders in place: the copy comes first, so the report is the repeat.
    const shanghai = `reports/${REPORTS.indexOf('2025-shanghai-office.txt') % 2 ? '乡镇/' : ''}2025-shanghai-office.txt`;
    expect(cellOf(rows, shanghai, '备注')).toBe('与「reports/copy-of-shanghai.txt」内容完全相同（重复文件）');
    expect(cellOf(rows, shanghai, '机关')).toBe('上海市人民政府办公厅');
    expect(cellOf(rows, shanghai, '年度')).toBe(2025);
    expect(cellOf(rows, shanghai, '找到单元格')).toBe(cellIndex('2021').entered.length - 6);
    expect(cellOf(rows, shanghai, '公开期限')).toBe('2026年1月31日');
    expect(cellOf(rows, 'reports/quanzhou.json', '来源')).toBe('草稿');

    expect(findingsSheet!.name).toBe('问题');
    const findings = findingsSheet!.rows;
    const width = (header: string) => findingsSheet!.widths[findings[0]!.indexOf(header)]!;
    expect(width('说明')).toBeGreaterThan(width('级别'));
    expect(findings[0]).toEqual(['文件', '机关', '部分', '规则', '级别', '说明', '单元格', '单元格内容']);
    expect(findings.some((f) => f[0] === shanghai && f[3] === 'import.doubt' && String(f[5]).includes('规章'))).toBe(
      true,
    );
    expect(findings.some((f) => f[0] === 'reports/damaged.docx' && f[3] === 'file.unreadable')).toBe(true);
  });

  it('reads published PDF and Word 97–2003 reports in a folder like any other report', async () => {
    const folder = path.join(dir, 'office');
    mkdirSync(folder);
    copyFileSync(path.join(reportsDir, '2024-huaian-city.pdf'), path.join(folder, 'huaian.pdf'));
    const doc = path.join(repoRoot, 'tests/fixtures/import/2024-shanghai-kewei-libreoffice.doc');
    copyFileSync(doc, path.join(folder, 'kewei.doc'));
    const { code } = await cli('batch', 'office', '-o', 'office.xlsx', '--threads', '0');
    const [rowsSheet] = await readSheets(path.join(dir, 'office.xlsx'));
    const rows = rowsSheet!.rows;
    expect(cellOf(rows, 'office/huaian.pdf', '来源')).not.toBe(undefined);
    expect(cellOf(rows, 'office/huaian.pdf', '状态')).not.toMatch(/^无法读取/);
    expect(cellOf(rows, 'office/huaian.pdf', '年度')).toBe(2024);
    expect(cellOf(rows, 'office/kewei.doc', '状态')).not.toMatch(/^无法读取/);
    expect(cellOf(rows, 'office/kewei.doc', '年度')).toBe(2024);
    expect(code).not.toBe(2);
  }, 60_000);

  it('gives the same rows on worker threads as on one thread', async () => {
    reportFolder();
    expect((await cli('batch', 'reports', '-o', 'one.csv', '--threads', '0')).code).toBe(1);
    expect((await cli('batch', 'reports', '-o', 'many.csv', '--threads', '2')).code).toBe(1);
    const strip = (f: string) => readFileSync(path.join(dir, f), 'utf8').replace(/已过期\d+天|还有\d+天/g, '');
    expect(strip('many.csv')).toBe(strip('one.csv'));
    expect(strip('many.问题.csv')).toBe(strip('one.问题.csv'));
    expect(strip('one.csv').startsWith('\uFEFF文件,状态,')).toBe(true);
  });

  it('exits 0 when every report was read and none has an error, 1 when a folder named is missing', async () => {
    const report = path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt');
    expect((await cli('batch', report, '-o', 'r.csv')).code).toBe(0);
    const missing = await cli('batch', report, 'no-such-folder', '-o', 'r.csv', '--threads', '0');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('找不到「no-such-folder」');
  });

  it('exits 2 when nothing could be read, and on usage errors', async () => {
    writeFileSync(path.join(dir, 'notes.txt'), '会议纪要\n');
    expect((await cli('batch', 'notes.txt', '-o', 'r.xlsx', '--threads', '0')).code).toBe(2);
    expect((await cli('batch', 'notes.txt')).err).toContain('-o');
    expect((await cli('batch', 'notes.txt', '-o', 'r.ods')).err).toContain('.xlsx 或 .csv');
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    const none = await cli('batch', 'empty', '-o', 'r.xlsx');
    expect(none.code).toBe(2);
    expect(none.err).toContain('没有找到可检查的报告文件');
  });

  it('pairs each report with last year’s of the same agency from --previous for the cross-year rules', async () => {
    const last = path.join(dir, 'last');
    const now = path.join(dir, 'now');
    mkdirSync(last);
    mkdirSync(now);
    expect(
      (await cli('new', '--format', '2021', '--year', '2023', '--agency', '某某局', '-o', 'last/a.json')).code,
    ).toBe(0);
    expect((await cli('set', 'last/a.json', 'applications.carryForward.natural=4')).code).toBe(0);
    expect((await cli('new', '--from', 'last/a.json', '-o', 'now/a.json')).code).toBe(0);
    expect((await cli('set', 'now/a.json', 'applications.carriedOver.natural=9')).code).toBe(0);
    // The link a carried-over draft has is to an id in the app's store; the batch pairs by agency name instead.
    const draft = parseDraftText(readFileSync(path.join(now, 'a.json'), 'utf8'));
    expect(draft.ok).toBe(true);

    expect((await cli('batch', 'now', '-o', 'r.csv', '--previous', 'last', '--threads', '0')).code).toBe(1);
    const rows = readFileSync(path.join(dir, 'r.csv'), 'utf8');
    expect(rows).toContain('last/a.json');
    expect(readFileSync(path.join(dir, 'r.问题.csv'), 'utf8')).toContain('crossYear.carriedOver');

    await cli('batch', 'now', '-o', 'alone.csv', '--threads', '0');
    expect(readFileSync(path.join(dir, 'alone.问题.csv'), 'utf8')).not.toContain('crossYear.carriedOver');
  });
});
