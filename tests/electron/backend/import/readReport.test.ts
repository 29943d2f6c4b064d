import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docBlocks } from '../../../../electron/backend/import/docText';
import { importReportFile } from '../../../../electron/backend/import/readReport';
import { parseDraft } from '../../../../shared/model';
import { reportsDir, repoRoot } from '../../../helpers/drafts';
import { minimalPdf } from './minimalPdf';

const variantsDir = path.join(repoRoot, 'tests', 'fixtures', 'import');
const NOW = '2025-02-01T08:00:00.000Z';
const read = (file: string) => new Uint8Array(readFileSync(file));
const importFile = (fileName: string, bytes: Uint8Array, extra: { timeBudgetMs?: number } = {}) =>
  importReportFile({ fileName, bytes }, { id: 'imported', now: NOW, ...extra });

interface Expected {
  cells: Record<string, number>;
  flexible?: { anyOf: string[]; sum: number }[];
}
const expectedOf = (name: string): Expected =>
  name === '2020-quanzhou'
    ? {
        cells: JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/drafts/2020-quanzhou.json'), 'utf8')).values,
      }
    : (JSON.parse(readFileSync(path.join(reportsDir, `${name}.expected.json`), 'utf8')) as Expected);

async function expectCells(file: string, expected: Expected) {
  const outcome = await importFile(path.basename(file), read(file));
  if (!outcome.ok) throw new Error(outcome.reason);
  expect(parseDraft(JSON.parse(JSON.stringify(outcome.draft))).ok).toBe(true);
  expect(outcome.coverage.missing).toEqual([]);
  const values = outcome.draft.values;
  const flexibleCells = new Set((expected.flexible ?? []).flatMap((f) => f.anyOf));
  const got = Object.fromEntries(
    Object.keys(values)
      .filter((k) => !flexibleCells.has(k))
      .map((k) => [k, values[k]]),
  );
  expect(got).toEqual(expected.cells);
  for (const { anyOf, sum } of expected.flexible ?? []) {
    expect(anyOf.reduce((s, a) => s + (values[a] ?? 0), 0)).toBe(sum);
  }
  return outcome;
}

describe('PDF import', () => {
  it('reads every cell of the published 2024 Huaian PDF (exported by WPS 文字) as read by hand', async () => {
    const expected = JSON.parse(
      readFileSync(path.join(reportsDir, '2024-huaian-city-layout.expected.json'), 'utf8'),
    ) as Expected;
    const outcome = await expectCells(path.join(reportsDir, '2024-huaian-city.pdf'), expected);
    expect(outcome.ok && outcome.draft.agency.name).toBe('淮安市人民政府');
    expect(outcome.ok && outcome.draft.narrative.overview.map((s) => s.heading)).toEqual([
      '',
      '（一）主动公开情况。',
      '（二）依申请公开情况。',
      '（三）政府信息管理情况。',
      '（四）政府信息公开平台建设情况。',
      '（五）政府信息公开监督保障情况。',
    ]);
  });

  for (const name of ['2020-quanzhou', '2023-hongze-district', '2024-shanghai-kewei']) {
    it(`reads every cell of ${name} exported to .docx and converted to PDF by LibreOffice`, async () => {
      await expectCells(path.join(variantsDir, `${name}-libreoffice.pdf`), expectedOf(name));
    });
    it(`reads every cell of ${name} saved as .doc by LibreOffice`, async () => {
      await expectCells(path.join(variantsDir, `${name}-libreoffice.doc`), expectedOf(name));
    });
  }

  it('reads every cell of the 2020 Quanzhou web page (site chrome around it) printed to PDF by Chromium', async () => {
    await expectCells(path.join(variantsDir, '2020-quanzhou-chromium.pdf'), expectedOf('2020-quanzhou'));
  });

  it('refuses a PDF without a text layer (a scan) and says what to do', async () => {
    const outcome = await importFile('scan.pdf', minimalPdf({ pages: 3 }));
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('没有可读取的文字（可能是扫描件') });
  });

  it('refuses an encrypted PDF', async () => {
    const outcome = await importFile('locked.pdf', minimalPdf({ encrypted: true, text: 'x' }));
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('已加密') });
  });

  it('refuses a PDF of more than 300 pages before reading any page', async () => {
    const outcome = await importFile('long.pdf', minimalPdf({ pages: 301 }));
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('超过 300 页') });
  });

  it('stops reading a PDF that outlasts the time budget', async () => {
    const outcome = await importFile('slow.pdf', read(path.join(reportsDir, '2024-huaian-city.pdf')), {
      timeBudgetMs: 1,
    });
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('已停止导入') });
  });

  it('stops reading a PDF when the import is cancelled', async () => {
    const controller = new AbortController();
    const pending = importReportFile(
      { fileName: 'report.pdf', bytes: read(path.join(reportsDir, '2024-huaian-city.pdf')) },
      { id: 'imported', now: NOW, signal: controller.signal },
    );
    controller.abort();
    expect(await pending).toEqual({ ok: false, reason: '已取消导入' });
  });

  it('refuses a damaged PDF or a .pdf that is not one', async () => {
    expect(await importFile('a.pdf', new TextEncoder().encode('%PDF-1.4\n garbage'))).toEqual({
      ok: false,
      reason: expect.stringContaining('不是有效的 PDF'),
    });
    expect(await importFile('a.pdf', new TextEncoder().encode('一、总体情况'))).toEqual({
      ok: false,
      reason: expect.stringContaining('内容不是 PDF 文件'),
    });
  });
});

describe('.doc and .wps import', () => {
  it('splits word-extractor cells into rows at the label after a number, dropping row marks', () => {
    expect(docBlocks('标题\n规章\t1\t0\t11\t\n甲\t\t1\t2\t\t\t乙\t3\t\t4\t\t\n')).toEqual([
      { kind: 'line', text: '标题' },
      { kind: 'row', cells: ['规章', '1', '0', '11'] },
      { kind: 'row', cells: ['甲', '1', '2'] },
      { kind: 'row', cells: ['乙', '3', '', '4'] },
    ]);
  });

  it('reads a .wps saved in the Word 97–2003 format like a .doc', async () => {
    const bytes = read(path.join(variantsDir, '2024-shanghai-kewei-libreoffice.doc'));
    const outcome = await importFile('report.wps', bytes);
    expect(outcome.ok && outcome.complete).toBe(true);
  });

  it('tells the user to save a .wps or .doc it cannot read as .docx', async () => {
    for (const name of ['report.wps', 'report.doc']) {
      const outcome = await importFile(name, new TextEncoder().encode('not a word file'));
      expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('另存为 .docx') });
    }
    const damaged = new Uint8Array(4096);
    damaged.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await importFile('report.doc', damaged)).toEqual({
      ok: false,
      reason: expect.stringContaining('已损坏'),
    });
  });
});
