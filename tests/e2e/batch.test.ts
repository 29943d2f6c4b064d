/**
 * 批量检查 in a real browser over the real backend: a folder of nine published reports and a damaged file, checked to
 * 10/10; the rows, sorting by a header, the rule filter and 只看有错误的; a row opened read-only (and back); 汇总 of two
 * rows into a draft holding the sums (mixed years refused); 导出结果 read back with exceljs. Takes docs/batch.png.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBatchFile } from '../../electron/backend/batch/readOne';
import type { Draft } from '../../shared/model';
import { reportsDir } from '../helpers/drafts';
import { bridgeControl, openSession } from './harness';
import { SHOTS, poll } from './page';
import type { Session } from './harness';

const REPORTS = [
  '2020-quanzhou-statistics-bureau.txt',
  '2023-hongze-district.txt',
  '2023-shuyang-development-reform-bureau.txt',
  '2024-hongze-district.txt',
  '2024-huaian-city-layout.txt',
  '2024-huaian-city-raw.txt',
  '2024-shanghai-kewei.txt',
  '2025-shanghai-office.txt',
  '2025-shuyang-county.txt',
];

let s: Session;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'batch-e2e-'));
  for (const name of REPORTS) copyFileSync(path.join(reportsDir, name), path.join(folder, name));
  writeFileSync(path.join(folder, 'damaged.docx'), 'PK\u0003\u0004 cut off in the middle');
  s = await openSession({ width: 1440, height: 900 });
}, 180_000);
afterAll(async () => {
  await s?.close();
  rmSync(folder, { recursive: true, force: true });
});

const rows = (page: Page) => page.locator('table.batch-table tbody tr');
const row = (page: Page, file: string) =>
  rows(page).filter({ has: page.locator('td', { hasText: new RegExp(`^${file.replace(/\./g, '\\.')}$`) }) });
/** The texts of one column of the shown rows, by its header. */
async function column(page: Page, header: string): Promise<string[]> {
  const headers = await page.locator('table.batch-table thead th').allTextContents();
  const index = headers.findIndex((h) => h.replace(/[▲▼]/g, '') === header);
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(' | ')}`);
  return rows(page).evaluateAll(
    (trs, i) => trs.map((tr) => (tr as unknown as { cells: { textContent: string }[] }).cells[i]!.textContent),
    index,
  );
}
const header = (page: Page, name: string) =>
  page.locator('table.batch-table thead th button.sort', { hasText: new RegExp(`^${name}[▲▼]?$`) });

async function openBatch(page: Page): Promise<void> {
  await page.goto(s.bridge.url);
  await page.getByRole('button', { name: '批量检查', exact: true }).click();
  await bridgeControl(s.bridge, 'batch-folder', { path: folder });
  await page.getByRole('button', { name: /选择文件夹/ }).click();
  await poll(() => page.locator('.batch-progress .batch-count').textContent(), { timeout: 90_000 }).toBe('10/10');
  await poll(() => rows(page).count()).toBe(10);
}

describe('批量检查 screen', () => {
  it('checks the folder to 10/10 and lists every report, the damaged file with its reason', async () => {
    const { page } = s;
    await openBatch(page);
    expect(await column(page, '文件')).toEqual([...REPORTS, 'damaged.docx']);
    await poll(() => row(page, 'damaged.docx').getAttribute('class')).toBe('unread');
    expect(await row(page, 'damaged.docx').textContent()).toContain('无法读取');
    expect(await page.locator('.batch-summary').textContent()).toContain('已检查 9 份，无法读取 1 份');
    for (const name of [
      '机关',
      '年度',
      '格式',
      '机关类型',
      '找到单元格',
      '单元格总数',
      '疑点',
      '错误',
      '提醒',
      '公开期限',
    ])
      expect(await header(page, name).count()).toBe(1);
  }, 180_000);

  it('sorts by a clicked header, either way, and filters by rule and to reports with errors', async () => {
    const { page } = s;
    // 疑点 (the importer's doubts) differ between these reports; an unreadable file has none.
    const numbers = async () => (await column(page, '疑点')).map((t) => (t === '' ? null : Number(t)));
    await header(page, '疑点').click();
    const up = await numbers();
    expect(up.at(-1)).toBeNull(); // the damaged file has no count: last
    const known = up.filter((n): n is number => n !== null);
    expect(new Set(known).size).toBeGreaterThan(2);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    await header(page, '疑点').click();
    const down = (await numbers()).filter((n): n is number => n !== null);
    expect(down).toEqual([...known].sort((a, b) => b - a));
    await page.screenshot({ path: path.join(SHOTS, 'batch.png') });

    const filter = page.getByLabel('按规则筛选');
    const options = await filter.locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    const [rule, count] = /^(.+)（(\d+) 份）$/.exec(options[1]!)!.slice(1);
    await filter.selectOption(rule!);
    await poll(() => rows(page).count()).toBe(Number(count));
    // The rule's own count column is shown while filtering, non-zero in every row.
    expect((await column(page, rule!)).every((t) => Number(t) > 0)).toBe(true);
    await filter.selectOption('');
    await poll(() => rows(page).count()).toBe(10);

    await page.getByLabel('只看有错误的').check();
    const withErrors = await column(page, '错误');
    expect(withErrors.length).toBeLessThan(10);
    expect(withErrors.every((t) => t === '' || Number(t) > 0)).toBe(true);
    await page.getByLabel('只看有错误的').uncheck();
    await poll(() => rows(page).count()).toBe(10);
  }, 60_000);

  it('opens a row as a read-only draft with 另存为新草稿, and comes back to the results', async () => {
    const { page } = s;
    await row(page, '2023-hongze-district.txt').locator('td').nth(1).click();
    await page.locator('.editor').waitFor();
    await poll(() => page.locator('.read-only-banner').textContent()).toContain(
      '批量检查中的报告（只读）：2023-hongze-district.txt',
    );
    expect(await page.getByRole('button', { name: '另存为新草稿' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '导出 .docx' }).count()).toBe(0);
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await poll(() => rows(page).count()).toBe(10);
  }, 60_000);

  it('exports the results as .xlsx that exceljs reads back row for row', async () => {
    const { page, bridge } = s;
    await page.getByRole('button', { name: '导出结果' }).click();
    const file = path.join(bridge.exportDir, '批量检查结果.xlsx');
    await poll(() => page.locator('.banner').filter({ hasText: '已导出结果' }).count()).toBe(1);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('报告')!;
    const files: unknown[] = [];
    sheet.eachRow((r, n) => n > 1 && files.push(r.getCell(1).value));
    expect(files).toEqual([...REPORTS, 'damaged.docx']);
    expect(sheet.getRow(1).getCell(1).value).toBe('文件');
  }, 60_000);

  it('refuses to sum reports of different years naming the files, and sums two of one year into a new draft', async () => {
    const { page } = s;
    const pick = (file: string) => row(page, file).locator('input[type="checkbox"]');
    await pick('2023-hongze-district.txt').check();
    await pick('2024-hongze-district.txt').check();
    await page.getByLabel('汇总机关').fill('某某县人民政府');
    await page.getByRole('button', { name: '汇总为新草稿' }).click();
    const refusal = page.locator('.banner.error');
    await poll(() => refusal.textContent()).toContain('年度不一致');
    expect(await refusal.textContent()).toContain('2023-hongze-district.txt');
    expect(await refusal.textContent()).toContain('2024-hongze-district.txt');

    await pick('2024-hongze-district.txt').uncheck();
    await pick('2023-shuyang-development-reform-bureau.txt').check();
    await page.getByRole('button', { name: '汇总为新草稿' }).click();
    await page.locator('.editor').waitFor();
    expect(await page.locator('.read-only-banner').count()).toBe(0);

    const id = /#\/draft\/([A-Za-z0-9_-]+)/.exec(await page.evaluate<string>('location.hash'))![1]!;
    const total = await page.evaluate<{ draft: Draft }>(`window.reportStudio.openDraft(${JSON.stringify(id)})`);
    expect(total.draft.agency.name).toBe('某某县人民政府');
    expect(total.draft.year).toBe(2023);
    const now = new Date().toISOString();
    const parts = [];
    for (const name of ['2023-hongze-district.txt', '2023-shuyang-development-reform-bureau.txt']) {
      const read = await readBatchFile({ path: path.join(folder, name), display: name }, now);
      if (!read.ok) throw new Error(read.reason);
      parts.push(read.draft.values);
    }
    const addresses = new Set(parts.flatMap((v) => Object.keys(v).filter((a) => v[a] !== null)));
    expect(addresses.size).toBeGreaterThan(50);
    for (const address of addresses) {
      expect(total.draft.values[address]).toBeCloseTo(
        parts.reduce((sum, v) => sum + (v[address] ?? 0), 0),
        6,
      );
    }
    await page.locator('.part-nav button', { hasText: '三、收到和处理' }).click();
    const natural = parts.reduce((sum, v) => sum + (v['applications.new.natural'] ?? 0), 0);
    await poll(() => page.locator('[data-address="applications.new.natural"]').inputValue()).toBe(String(natural));
  }, 60_000);

  it('stops a batch in progress with 取消: no results, and the folder can be chosen again', async () => {
    const { page, bridge } = s;
    // Reports that take the importer a while each (19 000 wrapped lines of one paragraph), so there is time to cancel.
    const slow = mkdtempSync(path.join(os.tmpdir(), 'batch-e2e-slow-'));
    const line = '政府信息公开工作稳步推进并持续深化各项工作有序开展取得成效';
    for (let i = 0; i < 6; i++)
      writeFileSync(
        path.join(slow, `${i}.txt`),
        `2023年某某局政府信息公开工作年度报告\n一、总体情况\n${`${line}\n`.repeat(19_000)}`,
      );
    try {
      await page.goto(bridge.url);
      await page.getByRole('button', { name: '批量检查', exact: true }).click();
      await bridgeControl(bridge, 'batch-folder', { path: slow });
      await page.getByRole('button', { name: /选择文件夹/ }).click();
      await poll(() => page.locator('.batch-progress .batch-count').textContent()).toMatch(/^\d+\/6$/);
      await page.getByRole('button', { name: '取消', exact: true }).click();
      await poll(() => page.locator('.batch-progress').count()).toBe(0);
      expect(await rows(page).count()).toBe(0);
      expect(await page.locator('.banner.error').count()).toBe(0);
      expect(await page.getByRole('button', { name: '选择文件夹…' }).isEnabled()).toBe(true);
    } finally {
      rmSync(slow, { recursive: true, force: true });
    }
  }, 60_000);
});
