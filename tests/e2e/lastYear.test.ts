/**
 * 对照上年 (issue 13 item 11), in Chromium over the web test bridge: a draft made with 基于此稿新建 shows, when the
 * toggle is on, last year's value under each cell (totals too) and last year's text beside the narrative; a draft
 * without last year's has no toggle.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/model';
import { openSession } from './harness';
import { LOOK, SHOTS, nav, poll } from './page';
import type { Session } from './harness';

const underCell = (page: Page, address: string) =>
  page.locator(`td:has([data-address="${address}"]) .last-year, td[data-address="${address}"] .last-year`);

async function call(s: Session, method: string, args: unknown[]): Promise<unknown> {
  const res = await fetch(new URL(`api/${method}`, s.bridge.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ args }),
  });
  const body = (await res.json()) as { value?: unknown; message?: string };
  if (!res.ok) throw new Error(`${method}: ${body.message}`);
  return body.value;
}

describe('对照上年', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('shows last year’s values under the cells and its text beside the narrative of a draft made from it', async () => {
    const { page } = s;
    const last = (await call(s, 'createDraft', [{ year: 2023, format: '2021' }])) as Draft;
    const problems = last.narrative.problems;
    await call(s, 'saveDraft', [
      {
        ...last,
        values: { 'applications.new.natural': 12, 'applications.new.business': 3 },
        narrative: {
          ...last.narrative,
          problems: [{ id: problems[0]?.id ?? 'problems-1', heading: '', paragraphs: ['2023年的问题是平台更新慢。'] }],
        },
      },
    ]);
    await page.goto(s.bridge.url);
    await page.locator('.home').waitFor();

    // The draft of 2023 links to no earlier one: no toggle.
    await page.getByRole('button', { name: '打开', exact: true }).first().click();
    await page.locator('.editor').waitFor();
    expect(await page.locator('.compare-toggle').count()).toBe(0);
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await page.getByRole('button', { name: '基于此稿新建2024年度' }).click();
    await page.locator('.editor').waitFor();

    const toggle = page.getByLabel('对照上年（2023）');
    await toggle.check();
    await nav(page, '三、收到和处理').click();
    await poll(() => underCell(page, 'applications.new.natural').textContent()).toBe('12');
    await poll(() => underCell(page, 'applications.new.business').textContent()).toBe('3');
    await poll(() => underCell(page, 'applications.new.total').textContent()).toBe('15');
    await poll(() => underCell(page, 'applications.new.research').textContent()).toBe('—');
    await page.screenshot({ path: path.join(LOOK, 'last-year-table.png') });

    await nav(page, '五、存在的主要问题').click();
    const beside = page.locator('.last-year-section').first();
    await poll(() => beside.textContent()).toContain('2023年的问题是平台更新慢。');
    // This year's text stays editable beside it.
    const body = page.locator('.narrative-part .section textarea').first();
    await body.fill('2024年的问题。');
    await poll(() => body.inputValue()).toBe('2024年的问题。');
    await page.screenshot({ path: path.join(SHOTS, 'last-year.png') });

    // Off again: nothing of last year is shown; the choice holds for the session (a reload keeps it off).
    await toggle.uncheck();
    await poll(() => page.locator('.last-year-section').count()).toBe(0);
    await page.reload();
    await page.locator('.editor').waitFor();
    await poll(() => page.getByLabel('对照上年（2023）').isChecked()).toBe(false);
    await page.getByLabel('对照上年（2023）').check();
    await page.reload();
    await page.locator('.editor').waitFor();
    await poll(() => page.getByLabel('对照上年（2023）').isChecked()).toBe(true);
  }, 90_000);
});
