/**
 * 导出 .docx asks first (issue 11 item 7), in Chromium over the web test bridge: the open errors and warnings by
 * part, each with 去修改 that closes the dialog and goes to the place, the sub-section headings that will not be
 * printed, and one 仍然导出; the file written leaves those headings out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from './harness';
import { SHOTS, cell, nav, poll, newDraft } from './page';
import type { Session } from './harness';

const dialog = (page: Page) => page.getByRole('alertdialog', { name: '导出前检查' });
/** The part shown and the focused field or cell. */
const where = (page: Page) =>
  page.evaluate<{ part: string; focus: string | null }>(
    "({ part: document.querySelector('.part-nav [aria-current=\"page\"]')?.textContent ?? '', focus: document.activeElement?.getAttribute('data-address') ?? document.activeElement?.getAttribute('aria-label') ?? null })",
  );
const group = (page: Page, part: string) => dialog(page).locator(`.review-group[data-part="${part}"]`);

describe('the export dialog', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('lists open errors and warnings by part with 去修改, names the headings left out, and exports with 仍然导出', async () => {
    const { page, bridge } = s;
    await newDraft(page, '2024');

    // 一: only （二） gets text, quoting 15 applications; table 三 says 5 and does not balance.
    await nav(page, '一、总体情况').click();
    await page.getByLabel('（二）依申请公开正文').fill('本年度共收到政府信息公开申请15件，均已按期答复。');
    await nav(page, '三、收到和处理').click();
    await cell(page, 'applications.new.natural').click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await page.locator('.rule-panel [data-rule="applications.balance"]').waitFor();

    await page.getByRole('button', { name: '导出 .docx' }).click();
    await dialog(page).waitFor();
    await poll(() => group(page, 'applications').locator('[data-rule="applications.balance"]').count()).toBe(1);
    await poll(() => group(page, 'overview').locator('[data-rule="text.numbers"]').count()).toBe(1);
    await poll(() => group(page, 'applications').locator('.sev').first().textContent()).toBe('错误');
    await poll(() => group(page, 'overview').locator('.sev').first().textContent()).toBe('提醒');
    // Parts in the editor's order: 一 before 三.
    await poll(() =>
      dialog(page)
        .locator('.review-group')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-part'))),
    ).toEqual(expect.arrayContaining(['overview', 'applications']));
    const order = await dialog(page)
      .locator('.review-group[data-part]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-part')));
    expect(order.indexOf('overview')).toBeLessThan(order.indexOf('applications'));
    // The empty standard sub-headings of 一 are named; （二）, which has text, is not.
    const omitted = dialog(page).locator('.review-group.omitted li');
    await poll(() => omitted.allTextContents()).toContain('一、总体情况 （一）主动公开去修改');
    expect((await omitted.allTextContents()).join()).not.toContain('（二）依申请公开');
    expect(await dialog(page).getByRole('button', { name: '仍然导出' }).count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'export-dialog.png') });

    // 去修改 on the sentence: the dialog closes and the editor goes where the rule panel's entry goes.
    await group(page, 'overview').locator('[data-rule="text.numbers"]').getByRole('button', { name: '去修改' }).click();
    await poll(() => dialog(page).count()).toBe(0);
    const fromDialog = await where(page);
    expect(fromDialog.part).not.toContain('二、');
    expect(fromDialog.focus).not.toBeNull();
    await nav(page, '二、主动公开').click();
    await poll(async () => (await where(page)).part).toContain('二、');
    await page.locator('.rule-panel [data-rule="text.numbers"] button').first().click();
    await poll(() => where(page)).toEqual(fromDialog);

    // 去修改 on the table error: table 三 with the focus in the finding's first cell.
    await page.getByRole('button', { name: '导出 .docx' }).click();
    await group(page, 'applications')
      .locator('[data-rule="applications.balance"]')
      .getByRole('button', { name: '去修改' })
      .click();
    await poll(() => dialog(page).count()).toBe(0);
    await poll(() =>
      page.evaluate<string | null>("document.activeElement?.getAttribute('data-address') ?? null"),
    ).toMatch(/^applications\./);

    // 去修改 on a left-out heading: its text field.
    await page.getByRole('button', { name: '导出 .docx' }).click();
    await omitted.first().getByRole('button', { name: '去修改' }).click();
    await poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label') ?? null")).toBe(
      '（一）主动公开正文',
    );

    // 仍然导出: the file has （二） with its text and none of the empty headings.
    await page.getByRole('button', { name: '导出 .docx' }).click();
    await dialog(page).getByRole('button', { name: '仍然导出' }).click();
    const done = page.locator('.banner.success');
    await done.waitFor();
    const fileName = (await done.textContent())!.match(/已导出 (\S+\.docx)/)![1]!;
    const zip = unzipSync(new Uint8Array(readFileSync(path.join(bridge.exportDir, fileName))));
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toContain('（二）依申请公开');
    expect(xml).not.toContain('（一）主动公开');
    expect(xml).not.toContain('（五）监督保障');
  }, 90_000);
});
