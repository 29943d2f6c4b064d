import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { parseDraftText } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { cellIndex } from '../../../shared/templates';
import { filledDraft, reportsDir } from '../../helpers/drafts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-sum-'));
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

function writeDraft(file: string, name: string, scale: number, format: '2019' | '2021' = '2021'): Draft {
  const d = filledDraft(format, 2024);
  const draft = {
    ...d,
    id: file,
    agency: { ...d.agency, name },
    values: Object.fromEntries(Object.entries(d.values).map(([a, v]) => [a, v === null ? null : v * scale])),
  };
  writeFileSync(path.join(dir, file), JSON.stringify(draft));
  return draft;
}

describe('cli sum', () => {
  it('writes a draft whose cells are the sums of three drafts, and a breakdown per agency', async () => {
    const drafts = [writeDraft('a.json', '甲局', 1), writeDraft('b.json', '乙局', 2), writeDraft('c.json', '丙局', 3)];
    const { code, err } = await cli(
      'sum',
      'a.json',
      'b.json',
      'c.json',
      '-o',
      'total.json',
      '--agency',
      '某某县人民政府',
      '--breakdown',
      'breakdown.xlsx',
      '--threads',
      '0',
    );
    expect(err).toContain('已汇总 3 份报告');
    expect(code).toBe(0);
    const parsed = parseDraftText(readFileSync(path.join(dir, 'total.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.agency.name).toBe('某某县人民政府');
    for (const cell of cellIndex('2021').entered) {
      const sum = drafts.reduce((s, d) => s + (d.values[cell.address] ?? 0), 0);
      expect([cell.address, parsed.value.values[cell.address]]).toEqual([cell.address, Math.round(sum * 1e6) / 1e6]);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'breakdown.xlsx'));
    const ws = book.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '表',
      '单元格',
      '名称',
      '甲局',
      '乙局',
      '丙局',
      '合计',
    ]);
    const natural = (ws.getRow(2).values as unknown[]).slice(4);
    expect(natural.every((v) => typeof v === 'number')).toBe(true);
  });

  it('refuses mixed formats with the list of files and writes nothing', async () => {
    writeDraft('a.json', '甲局', 1, '2021');
    writeDraft('b.json', '乙局', 1, '2019');
    const { code, err } = await cli(
      'sum',
      'a.json',
      'b.json',
      '-o',
      'total.json',
      '--agency',
      '某县',
      '--threads',
      '0',
    );
    expect(code).toBe(2);
    expect(err).toContain('报告所用的格式不一致，不能汇总：2021年格式：a.json；2019年格式：b.json');
    expect(() => readFileSync(path.join(dir, 'total.json'))).toThrow();
  });

  it('refuses to sum when a file cannot be read, naming it', async () => {
    writeDraft('a.json', '甲局', 1);
    writeFileSync(path.join(dir, 'notes.txt'), '会议纪要\n');
    const { code, err } = await cli('sum', 'a.json', 'notes.txt', '-o', 't.json', '--agency', '某县', '--threads', '0');
    expect(code).toBe(2);
    expect(err).toContain('有 1 个文件无法读取，不能汇总');
    expect(err).toContain('notes.txt：');
  });

  it('sums published reports too, and asks for --agency', async () => {
    expect((await cli('sum', path.join(reportsDir, '2024-shanghai-kewei.txt'), '-o', 't.json')).err).toContain(
      '--agency',
    );
    const { code } = await cli(
      'sum',
      path.join(reportsDir, '2024-shanghai-kewei.txt'),
      path.join(reportsDir, '2024-hongze-district.txt'),
      '-o',
      't.json',
      '--agency',
      '某市人民政府',
      '--threads',
      '0',
    );
    expect(code).toBe(0);
  });
});
