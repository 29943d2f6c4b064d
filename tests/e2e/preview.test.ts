/**
 * The preview as A4 pages and 打印 (issue 13 items 10 and 13), in Chromium over the web test bridge: a real
 * published report imported, previewed as several pages numbered — 1 — … — N — with the title centred as exported,
 * and Ctrl+P / 打印 printing those pages alone, one per sheet.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeControl, openSession } from './harness';
import { SHOTS, poll } from './page';
import type { Session } from './harness';
import { reportsDir } from '../helpers/drafts';

/** Runs in the page: the gaps left and right of each line of the first page's title, in px. */
const TITLE_GAPS = `(() => {
  const page = document.querySelector('.preview-body section.docx');
  const title = page.querySelector('p.docx_title');
  const box = page.querySelector('article').getBoundingClientRect();
  return [...title.querySelectorAll('span')].filter((s) => s.textContent.trim() !== '').map((span) => {
    const range = document.createRange();
    range.selectNodeContents(span);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const left = Math.min(...rects.map((r) => r.left));
    const right = Math.max(...rects.map((r) => r.right));
    return [Math.round(left - box.left), Math.round(box.right - right)];
  });
})()`;

describe('the paged preview and 打印', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('shows A4 pages numbered — 1 — … — N — with the title centred, and prints them alone with Ctrl+P and 打印', async () => {
    const { page, bridge } = s;
    await bridgeControl(bridge, 'import-file', { path: path.join(reportsDir, '2023-hongze-district.txt') });
    await page.getByRole('button', { name: '从已发布年报导入' }).click();
    await page.locator('.editor').waitFor();
    // window.print opens a modal dialog in a real browser: counted instead.
    await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
    const printed = () => page.evaluate<number>('window.__printed');

    await page.getByRole('button', { name: '预览' }).click();
    await page.locator('.preview-body[data-state="ready"]').waitFor({ timeout: 20_000 });
    const pages = page.locator('.preview-body section.docx');
    const count = await pages.count();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(await pages.locator('footer').allTextContents()).toEqual(
      Array.from({ length: count }, (_, i) => `— ${i + 1} —`),
    );
    // Each page is an A4 sheet (297 mm at 96 px per inch), its text inside the page.
    for (const box of await pages.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
      expect(Math.abs(box - (297 / 25.4) * 96)).toBeLessThan(2);
    // Odd page numbers at the right, even ones at the left, as in the .docx.
    const aligns = await pages
      .locator('footer p')
      .evaluateAll((els) => els.map((e) => (e as unknown as { style: { textAlign: string } }).style.textAlign));
    expect(aligns.slice(0, 2)).toEqual(['right', 'left']);
    // The title, broken after the agency name, centred: the same gap on both sides of each line.
    const gaps = await page.evaluate<number[][]>(TITLE_GAPS);
    expect(gaps).toHaveLength(2);
    for (const [left, right] of gaps) expect(Math.abs(left! - right!)).toBeLessThanOrEqual(2);
    await poll(() => page.locator('.preview-bar').textContent()).toContain(`共 ${count} 页`);
    await poll(() => page.locator('.preview-bar').textContent()).toContain('分页可能与 Word/WPS 略有差异');
    // The screenshot: the end of page 1 and the top of page 2.
    await pages.nth(1).evaluate((el) => {
      const e = el as unknown as { scrollIntoView(): void; parentElement: { parentElement: { scrollTop: number } } };
      e.scrollIntoView();
      e.parentElement.parentElement.scrollTop -= 450;
    });
    await page.screenshot({ path: path.join(SHOTS, 'preview.png') });

    // Ctrl+P in the preview and its 打印 button print.
    await page.keyboard.press('Control+p');
    await poll(printed).toBe(1);
    await page.getByRole('button', { name: '打印' }).click();
    await poll(printed).toBe(2);

    // In print: the pages only, no editor chrome, one page per A4 sheet.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.editor').isVisible()).toBe(false);
    expect(await page.locator('.preview-bar').isVisible()).toBe(false);
    expect(await pages.first().isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(sheets).toHaveLength(count);
    await page.emulateMedia({ media: 'screen' });

    // Ctrl+P in the editor opens the preview and prints it once its pages are ready.
    await page.getByRole('button', { name: '关闭预览' }).click();
    await poll(() => page.locator('.preview-overlay').count()).toBe(0);
    await page.keyboard.press('Control+p');
    await page.locator('.preview-body[data-state="ready"]').waitFor({ timeout: 20_000 });
    await poll(printed).toBe(3);
    await poll(() => pages.count()).toBe(count);
  }, 90_000);
});
