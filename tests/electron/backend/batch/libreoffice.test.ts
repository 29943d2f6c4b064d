import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli';
import { reportsDir } from '../../../helpers/drafts';

/** RFC 4180 fields: quotes doubled inside quoted fields; CRLF or LF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (body[i + 1] === '"') field += body[++i];
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('batch results workbook', () => {
  it('opens in LibreOffice with both sheets holding the same rows as the .csv output', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'batch-lo-'));
    const folder = path.join(dir, 'reports');
    mkdirSync(folder);
    for (const f of ['2024-shanghai-kewei.txt', '2025-shanghai-office.txt', '2023-hongze-district.txt']) {
      copyFileSync(path.join(reportsDir, f), path.join(folder, f));
    }
    writeFileSync(path.join(folder, 'notes.txt'), '会议纪要，"引号"，逗号\n');
    const io = { out: () => {}, err: () => {}, cwd: dir };
    expect(await runCli(['batch', 'reports', '-o', 'r.xlsx', '--threads', '0'], io)).toBe(1);
    expect(await runCli(['batch', 'reports', '-o', 'r.csv', '--threads', '0'], io)).toBe(1);

    const out = path.join(dir, 'lo');
    // soffice exits 0 even when loading failed; the files it writes are the real check. Its own profile per run.
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        // comma, double quote, UTF-8, from line 1, …, the last token -1: every sheet into its own file.
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        path.join(dir, 'r.xlsx'),
      ],
      { timeout: 120_000 },
    ).catch((err: Error) => {
      throw new Error(`soffice failed or is not installed (apt-get install libreoffice-calc-nogui): ${err.message}`);
    });
    for (const [sheet, csv] of [
      ['报告', 'r.csv'],
      ['问题', 'r.问题.csv'],
    ] as const) {
      const converted = path.join(out, `r-${sheet}.csv`);
      expect(existsSync(converted)).toBe(true);
      const fromXlsx = parseCsv(readFileSync(converted, 'utf8'));
      const fromCsv = parseCsv(readFileSync(path.join(dir, csv), 'utf8'));
      // The deadline's days left move with the clock between the two runs.
      const stable = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/\d+天/g, 'N天')));
      expect(stable(fromXlsx)).toEqual(stable(fromCsv));
      expect(fromXlsx.length).toBeGreaterThan(3);
    }
  });
});
