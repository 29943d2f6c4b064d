/**
 * Issue 13, items 1, 7 and 9 in Chromium over the web test bridge: the draft's name in the list apart from its
 * printed title; table 三 readable at 1366×768 with 150 % scaling (911×512 CSS px) with the rule panel folded away;
 * the paste report in its own slot, in the table's own labels. Writes docs/table-911.png with UPDATE_SCREENSHOTS=1.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/model';
import { cellIndex } from '../../shared/templates';
import { openSession } from './harness';
import { LOOK, SHOTS, cell, nav, paste, poll } from './page';
import type { Session } from './harness';

const row = (page: Page, id: string) => page.locator(`.draft-row[data-draft-id="${id}"]`);

/** A draft made through the page's own API (as the app would), with `values` saved into it; returns its id. */
async function draftWith(page: Page, year: number, values: Record<string, number>): Promise<string> {
  return page.evaluate(
    async ({ year, values }) => {
      const api = (
        globalThis as unknown as { reportStudio: { createDraft(a: object): Promise<Draft> } } & {
          reportStudio: { saveDraft(d: Draft): Promise<unknown> };
        }
      ).reportStudio;
      const draft = await api.createDraft({ year });
      await api.saveDraft({ ...draft, agency: { ...draft.agency, name: '某某市统计局' }, values });
      return draft.id;
    },
    { year, values },
  );
}

async function home(page: Page): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, ''));
  await page.locator('.home').waitFor();
}

async function openDraft(page: Page, id: string): Promise<void> {
  await home(page);
  await row(page, id).getByRole('button', { name: '打开', exact: true }).click();
  await page.locator('.editor').waitFor();
}

describe('name vs title, in the list and the editor', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('重命名 and 复制 change the name in the list, never the printed title; a departing title gets a note', async () => {
    const { page } = s;
    const id = await draftWith(page, 2024, {});
    const title = '某某市统计局2024年政府信息公开工作年度报告';
    await home(page);
    await poll(() => row(page, id).locator('.draft-title').textContent()).toBe(title);
    expect(await row(page, id).locator('.printed-title').count()).toBe(0);

    await row(page, id).getByRole('button', { name: '重命名' }).click();
    await row(page, id).getByLabel('新名称').fill('第二稿（给办公室审）');
    await row(page, id).getByRole('button', { name: '确定' }).click();
    await poll(() => row(page, id).locator('.draft-title').textContent()).toBe('第二稿（给办公室审）');
    expect(await row(page, id).locator('.printed-title').textContent()).toBe(`报告标题：${title}`);

    await row(page, id).getByRole('button', { name: '复制' }).click();
    const copy = page.locator('.draft-row', { hasText: '第二稿（给办公室审）（副本）' });
    await poll(() => copy.count()).toBe(1);
    expect(await copy.locator('.printed-title').textContent()).toBe(`报告标题：${title}`);

    // In the editor, the title is still the official one; a title typed otherwise gets a note that leads back to it.
    await openDraft(page, id);
    await poll(() => page.locator('.editor-title strong').textContent()).toBe('第二稿（给办公室审）');
    await nav(page, '标题与引言').click();
    expect(await page.getByLabel('标题', { exact: true }).inputValue()).toBe('');
    expect(await page.locator('[data-rule="title.pattern"]').count()).toBe(0);
    await page.getByLabel('标题', { exact: true }).fill('第二稿（给办公室审）');
    const note = page.locator('.rule-panel [data-rule="title.pattern"]');
    await poll(() => note.textContent()).toContain('<机关名称><年份>年政府信息公开工作年度报告');
    await nav(page, '一、总体情况').click();
    await note.locator('button').first().click();
    await poll(() =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { ariaLabel: string } } }).document.activeElement
            .ariaLabel,
      ),
    ).toBe('标题');
    await page.getByRole('button', { name: '恢复规定标题' }).click();
    await poll(() => note.count()).toBe(0);
  }, 60_000);
});

describe('table 三 at 1366×768 with 150 % scaling (911×512)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 911, height: 512 });
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  /** Every value cell of table 三 whose text is wider than the cell (clipped), with its text. */
  const clipped = (page: Page) =>
    page.locator('table.grid-applications [data-address]').evaluateAll((els) =>
      els
        .map((e) => e as unknown as { scrollWidth: number; clientWidth: number; value?: string; textContent: string })
        .filter((e) => e.scrollWidth > e.clientWidth)
        .map((e) => `${e.value ?? e.textContent} (${e.scrollWidth} > ${e.clientWidth})`),
    );

  it('shows six-digit values whole, with the rule panel folded away and a way to open it', async () => {
    const { page } = s;
    const values: Record<string, number> = {};
    cellIndex('2021')
      .entered.filter((c) => c.table === 'applications')
      .forEach((c, i) => (values[c.address] = 100000 + ((i * 7919) % 899999)));
    const id = await draftWith(page, 2024, values);
    await openDraft(page, id);
    // Folded by itself: the window is too narrow for the panel beside table 三.
    expect(await page.locator('.rule-panel').count()).toBe(0);
    await nav(page, '三、收到和处理').click();
    await cell(page, 'applications.new.natural').waitFor();
    await poll(() => cell(page, 'applications.new.natural').inputValue()).toBe('100000');
    await poll(() => clipped(page)).toEqual([]);
    const width = await cell(page, 'applications.new.natural').evaluate((e) => e.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(55);
    await page.screenshot({ path: path.join(SHOTS, 'table-911.png') });

    // 显示检查结果 opens the panel over the part: the grid keeps its width; a finding taken folds it again.
    // (The panel lists parts in the report's order, so the finding taken is one of table 三's, to stay on it.)
    await page.getByRole('button', { name: /显示检查结果/ }).click();
    await page.locator('.rule-panel').waitFor();
    expect(await cell(page, 'applications.new.natural').evaluate((e) => e.getBoundingClientRect().width)).toBe(width);
    await page.screenshot({ path: path.join(LOOK, 'table-911-panel.png') });
    await page.locator('.rule-panel [data-group="applications"] .finding > button').first().click();
    await poll(() => page.locator('.rule-panel').count()).toBe(0);
    await cell(page, 'applications.new.natural').waitFor();

    // Narrower still, the grid scrolls sideways and the row labels stay frozen at the left, the values still whole.
    await page.setViewportSize({ width: 700, height: 512 });
    const scroller = page.locator('.grid-scroll');
    await poll(() => scroller.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    const label = page.locator('table.grid-applications th', { hasText: '一、本年新收政府信息公开申请数量' });
    const x = (await label.boundingBox())!.x;
    await cell(page, 'applications.new.otherOrg').click();
    await poll(() => scroller.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    // (Sticky to the scroll box's edge, 1 px left of where its padding put the label before scrolling.)
    expect(Math.abs((await label.boundingBox())!.x - x)).toBeLessThanOrEqual(1);
    await poll(() => clipped(page)).toEqual([]);
    await page.screenshot({ path: path.join(LOOK, 'table-700-scrolled.png') });
    await page.setViewportSize({ width: 911, height: 512 });
  }, 60_000);

  it('a paste report names the table’s labels, explains totals, and neither covers a row nor moves the table', async () => {
    const { page } = s;
    await openDraft(page, await draftWith(page, 2024, {}));
    await nav(page, '三、收到和处理').click();
    const grid = page.locator('table.grid-applications');
    await cell(page, 'applications.granted.natural').click();
    const before = await grid.boundingBox();
    await paste(page, 'applications.granted.natural', '1\tabc\t1\t1\t1\t1\t9\r\n');
    const report = page.locator('.paste-report');
    await poll(() => report.locator('.paste-summary').textContent()).toBe(
      '已粘贴 5 个值；粘贴的总计不会写入，由程序计算，其中 1 个与程序计算的不一致；1 个值未采用：',
    );
    expect(await report.locator('.refused-list li').allTextContents()).toEqual([
      expect.stringMatching(/^（一）予以公开 第二列（商业企业）“abc”：/),
      '（一）予以公开 第七列（总计）“9”：与程序计算的总计（5）不一致，未写入',
    ]);
    expect(await grid.boundingBox()).toEqual(before);
    const box = (await report.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(before!.y + 1);
    await page.screenshot({ path: path.join(LOOK, 'paste-report-911.png') });
    await report.getByRole('button', { name: '关闭' }).click();
    await poll(() => report.count()).toBe(0);
    expect(await grid.boundingBox()).toEqual(before);
  }, 60_000);
});
