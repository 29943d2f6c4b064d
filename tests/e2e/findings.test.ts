/**
 * The rule panel's text findings in Chromium over the web test bridge (issue 11): a text.numbers finding opens its
 * part with the sentence selected, a warning marked 已核实 with a reason stays confirmed across a reload and comes back
 * open when the quoted figure changes (Ctrl+Z confirms it again), and a draft made with 基于此稿新建 marks the
 * paragraphs it carried over from last year 沿用上年 until they are rewritten.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/model';
import { checkDraft } from '../../shared/rules';
import { loadDraftFixture } from '../helpers/drafts';
import { openSession } from './harness';
import { LOOK, nav, poll } from './page';
import type { Session } from './harness';

const saved = (page: Page) =>
  poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^已保存 \d\d:\d\d$/);

// The 2020 fixture's prose says “同意公开”1件 where its table 三 has 予以公开 5.
const FIXTURE = loadDraftFixture('2020-quanzhou.json');
const GRANTED = checkDraft(FIXTURE).find((f) => f.rule === 'text.numbers' && f.numbers?.[1] === 5)!;
const grantedItem = (page: Page) =>
  page.locator('.rule-panel .finding-group li.finding[data-rule="text.numbers"]', { hasText: '同意公开1件' });

/** The fixture saved as a new draft through the page's own API, opened in the editor at 标题与引言. */
async function openFixture(page: Page, base: string): Promise<string> {
  await page.goto(base);
  await page.locator('.home').waitFor();
  const id = await page.evaluate(async (draft: Draft) => {
    type Api = {
      createDraft(o: { year: number; format: string }): Promise<Draft>;
      saveDraft(d: Draft): Promise<unknown>;
    };
    const api = (globalThis as unknown as { reportStudio: Api }).reportStudio;
    const created = await api.createDraft({ year: draft.year, format: draft.format });
    await api.saveDraft({ ...draft, id: created.id });
    return created.id;
  }, FIXTURE);
  // A new hash alone does not reload the page; the app reads its route when it loads.
  await page.goto(`${base}#/draft/${id}/front`);
  await page.reload();
  await page.locator('.editor').waitFor();
  return id;
}

/** What the focused field has selected. */
const selection = (page: Page) =>
  page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement as {
      value?: string;
      selectionStart?: number;
      selectionEnd?: number;
      getAttribute(name: string): string | null;
    } | null;
    if (!el || typeof el.value !== 'string') return null;
    return { label: el.getAttribute('aria-label'), text: el.value.slice(el.selectionStart, el.selectionEnd) };
  });

describe('text findings in the rule panel', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('groups the finding under its part, naming the table, and selects its sentence when clicked', async () => {
    const { page, bridge } = s;
    await openFixture(page, bridge.url);
    const item = grantedItem(page);
    await poll(() => item.count()).toBe(1);
    expect(await item.locator('xpath=ancestor::details[1]').getAttribute('data-group')).toBe('overview');
    expect(await item.locator('.table-name').first().textContent()).toBe('表三');
    expect(await item.locator('.rule-label').first().textContent()).toBe('与表格不符');

    await item.locator('button').first().click();
    await poll(() => page.locator('.part-nav [aria-current="page"]').textContent()).toContain('一、总体情况');
    await poll(() => selection(page)).toEqual({
      label: expect.stringContaining('依申请公开'),
      text: GRANTED.text!.quote,
    });
    const box = await page.locator('textarea:focus').boundingBox();
    expect(box).not.toBeNull();
    await page.screenshot({ path: path.join(LOOK, 'finding-sentence.png') });

    // 看表三: the table item the figure disagrees with.
    await item.getByRole('button', { name: '看表三' }).click();
    await poll(() => page.evaluate("document.activeElement?.getAttribute('data-address') ?? null")).toBe(
      GRANTED.cells[0],
    );
  }, 120_000);

  it('marks a warning 已核实 with a reason, keeps it across a reload, and reopens it when the figure changes', async () => {
    const { page, bridge } = s;
    await openFixture(page, bridge.url);
    const item = grantedItem(page);
    await item.getByRole('button', { name: '标为已核实…' }).click();
    // A reason is required.
    await item.getByRole('button', { name: '已核实', exact: true }).click();
    await poll(() => item.locator('[role="alert"]').textContent()).toContain('请写明核实的理由');
    await item.getByLabel('核实理由').fill('表中含依申请公开转办件');
    await item.getByRole('button', { name: '已核实', exact: true }).click();

    const confirmed = page.locator('.rule-panel .confirmed-group');
    await poll(() => grantedItem(page).count()).toBe(0);
    await poll(() => confirmed.locator('summary').textContent()).toBe('已核实（1）');
    await confirmed.locator('summary').click();
    await poll(() => confirmed.locator('.confirm-reason').textContent()).toBe('理由：表中含依申请公开转办件');
    await page.screenshot({ path: path.join(LOOK, 'finding-confirmed.png') });

    await saved(page);
    await page.reload();
    await page.locator('.editor').waitFor();
    await poll(() => confirmed.locator('summary').textContent()).toBe('已核实（1）');
    await poll(() => grantedItem(page).count()).toBe(0);

    // The quoted figure changes: the finding is a new one, open again, and the confirmation is gone.
    await nav(page, '一、总体情况').click();
    const area = page.getByLabel(/依申请公开.*正文/);
    const text = await area.inputValue();
    expect(text).toContain('“同意公开”1件');
    await area.fill(text.replace('“同意公开”1件', '“同意公开”2件'));
    await poll(() => confirmed.count()).toBe(0);
    await poll(() =>
      page.locator('.rule-panel li.finding[data-rule="text.numbers"]', { hasText: '同意公开2件' }).count(),
    ).toBe(1);
    // Undo brings the figure and the confirmation back together.
    await page.keyboard.press('Control+z');
    await poll(() => confirmed.locator('summary').textContent()).toBe('已核实（1）');
    // 撤销核实 withdraws it.
    await confirmed.locator('summary').click();
    await confirmed.getByRole('button', { name: '撤销核实' }).click();
    await poll(() => confirmed.count()).toBe(0);
    await poll(() => grantedItem(page).count()).toBe(1);
  }, 120_000);

  it('marks paragraphs carried over by 基于此稿新建 沿用上年 until they are rewritten', async () => {
    const { page, bridge } = s;
    const id = await openFixture(page, bridge.url);
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await page
      .locator(`.draft-row[data-draft-id="${id}"]`)
      .getByRole('button', { name: /^基于此稿新建/ })
      .click();
    await page.locator('.editor').waitFor();
    await poll(() => page.locator('.editor-title strong').textContent()).toContain('2021年');
    await nav(page, '一、总体情况').click();
    const marks = page.locator('.narrative-part .carried-mark');
    await poll(() => marks.count()).toBeGreaterThan(0);
    const before = await marks.count();
    await page.screenshot({ path: path.join(LOOK, 'carried-over.png') });

    const section = page.locator('.narrative-part .section', { has: page.locator('.carried-mark') }).first();
    await section
      .locator('textarea')
      .fill('本年度，我局围绕统计数据发布，新建了数据解读专栏，全年发布解读文章二十余篇。');
    await poll(() => marks.count()).toBe(before - 1);
  }, 120_000);
});
