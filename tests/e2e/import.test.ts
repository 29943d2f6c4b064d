/**
 * Importing a published report in the app (issue 12, item 5), in Chromium over the web test bridge: a file dropped on
 * the home screen is imported like a chosen one, the result lists what needs action first and the found cells
 * collapsed, the imported draft shows no red 已过期, and a drop of the wrong thing gets its reason. Takes
 * docs/import-result.png (UPDATE_SCREENSHOTS=1).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportsDir } from '../helpers/drafts';
import { openSession } from './harness';
import { LOOK, SHOTS } from './page';
import type { Session } from './harness';

const poll = <T>(fn: () => T | Promise<T>, options: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: options.timeout ?? 15_000, interval: 50 });

interface DroppedFile {
  readonly name: string;
  /** base64 */
  readonly bytes: string;
}

const fileOf = (name: string, bytes: Uint8Array | string): DroppedFile => ({
  name,
  bytes: Buffer.from(bytes).toString('base64'),
});

/**
 * A drag of `files` over the home screen as the browser delivers it: `dragenter` (and `dragover`) with a DataTransfer
 * holding Files, then `drop` unless `drop` is false.
 */
async function dragFiles(page: Page, files: DroppedFile[], events: string[]): Promise<void> {
  await page.locator('.home').evaluate(
    (el, { files, events }) => {
      // Runs in the page (this project's Node types have no DOM).
      const g = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string) => unknown;
        DragEvent: new (type: string, init: object) => Event;
        atob(b64: string): string;
      };
      const dt = new g.DataTransfer();
      for (const f of files) {
        dt.items.add(new g.File([Uint8Array.from(g.atob(f.bytes), (c) => c.charCodeAt(0))], f.name));
      }
      for (const type of events) {
        el.dispatchEvent(new g.DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    },
    { files, events },
  );
}

const homeError = (page: Page) => page.locator('.home .banner.error').first().textContent();

describe('import in the app', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 860 });
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('shows a drop target while a file is dragged over the home screen, and hides it when the drag leaves', async () => {
    const { page } = s;
    await page.locator('.home').waitFor();
    const report = fileOf('2025年报.txt', '一、总体情况');
    await dragFiles(page, [report], ['dragenter', 'dragover']);
    await poll(() => page.locator('.drop-target').isVisible()).toBe(true);
    await poll(() => page.locator('.drop-target').textContent()).toContain('松开鼠标，导入已发布的年报');
    await page.screenshot({ path: path.join(LOOK, 'import-drop-target.png') });
    await dragFiles(page, [report], ['dragleave']);
    await poll(() => page.locator('.drop-target').count()).toBe(0);
  });

  it('refuses an unsupported type, several files and an empty file with their reasons, importing nothing', async () => {
    const { page } = s;
    await dragFiles(page, [fileOf('照片.jpg', 'JFIF')], ['dragenter', 'drop']);
    await poll(() => homeError(page)).toContain('不能导入「照片.jpg」：只能导入PDF');
    await poll(() => page.locator('.drop-target').count()).toBe(0);

    await dragFiles(page, [fileOf('a.pdf', '%PDF'), fileOf('b.pdf', '%PDF')], ['dragenter', 'drop']);
    await poll(() => homeError(page)).toContain('一次只能导入一份年报，拖入了 2 个文件');

    // Past the page's checks, the importer's own reason comes back from the backend.
    await dragFiles(page, [fileOf('空.txt', '')], ['dragenter', 'drop']);
    await poll(() => homeError(page)).toContain('文件是空的');
    expect(await page.locator('.draft-row').count()).toBe(0);
    expect(page.url()).toContain('127.0.0.1');
  });

  it('imports a dropped report: doubts and missing cells first, found cells collapsed, and no red 已过期', async () => {
    const { page } = s;
    const report = readFileSync(path.join(reportsDir, '2025-shanghai-office.txt'));
    await dragFiles(page, [fileOf('2025-shanghai-office.txt', report)], ['dragenter', 'dragover', 'drop']);
    await page.locator('.editor').waitFor();
    const result = page.locator('.import-result');
    await poll(() => result.locator('.needs-action').count()).toBeGreaterThan(0);

    // What needs action comes first, in this order, and before the found cells.
    const kinds = await result
      .locator(':scope > section')
      .evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { kind: string } }).dataset.kind));
    expect(kinds.slice(0, 2)).toEqual(['doubts', 'missing']);
    await poll(() => result.locator('[data-kind="missing"] h3').textContent()).toContain('未找到 6 格');
    await poll(() => result.locator('[data-kind="doubts"]').textContent()).toContain('表二「规章」一行应有3个数字');
    const found = result.locator('details.import-found');
    expect(await found.evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(false);
    await poll(() => found.locator('summary').textContent()).toMatch(/^已找到 \d+ 格$/);
    await poll(() => found.locator('ul.coverage li').first().isVisible()).toBe(false);

    // Imported last year's report: its deadline passed before the draft existed, so nothing red.
    await poll(() => page.locator('.editor-bar .deadline').textContent()).toContain('往年报告');
    expect(await page.locator('.editor-bar .deadline.overdue').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'import-result.png') });

    await found.locator('summary').click();
    await poll(() => found.locator('ul.coverage li').first().isVisible()).toBe(true);

    await page.getByRole('button', { name: '← 草稿列表' }).click();
    const row = page.locator('.draft-row').first();
    await row.waitFor();
    expect(await page.locator('.draft-row').count()).toBe(1);
    expect(await row.textContent()).not.toContain('已过期');
  }, 60_000);
});
