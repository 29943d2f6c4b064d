/**
 * The editor story in a real browser over the real backend: create a 2021 draft, fill table 三 by typing and by
 * pasting a TSV block, watch applications.balance appear and go away, undo/redo, survive a failed save, reload and
 * find everything saved, export and check the file, preview, carry over to next year. Takes the README screenshots.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeControl, openSession } from './harness';
import { LOOK, SHOTS, cell, focused, nav, paste, poll } from './page';
import type { Session } from './harness';
import { reportsDir } from '../helpers/drafts';

/**
 * The README's screenshots are rewritten only on request (UPDATE_SCREENSHOTS=1), so an ordinary test run leaves the
 * work tree clean; otherwise they go to the ignored .tmp/screenshots/ for a look.
 */
/** Generous: CI shares two cores with everything else. */
const balance = (page: Page) => page.locator('.rule-panel [data-rule="applications.balance"]');
const group2023 = (page: Page) =>
  page.locator('.year-group').filter({ has: page.locator('h2', { hasText: /^2023年度$/ }) });

async function typeInto(page: Page, address: string, text: string, commitKey = 'Enter'): Promise<void> {
  await cell(page, address).click();
  await page.keyboard.type(text);
  await page.keyboard.press(commitKey);
}

/**
 * Clicks 导出 .docx, confirms past the error list when one is shown, waits for the success banner naming `fileName`,
 * and returns the exported file's word/document.xml.
 */
async function exportThroughDialog(page: Page, exportDir: string, fileName: string): Promise<string> {
  await page.getByRole('button', { name: '导出 .docx' }).click();
  const confirm = page.getByRole('button', { name: '仍然导出' });
  const done = page.locator('.banner.success');
  await Promise.race([confirm.waitFor(), done.waitFor()]);
  if (await confirm.isVisible()) await confirm.click();
  await done.waitFor();
  await poll(() => done.textContent()).toContain(fileName);
  const zip = unzipSync(new Uint8Array(readFileSync(path.join(exportDir, fileName))));
  return strFromU8(zip['word/document.xml']!);
}

describe('editor in Chromium over the web test bridge', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('creates, fills, checks, undoes, saves, reloads, exports, previews and carries over a 2021 report', async () => {
    const { page, bridge } = s;
    // The staff's January: the deadline shows days left (timers keep running; only the date is fixed).
    await page.clock.setFixedTime(new Date('2022-01-20T10:00:00'));

    // Agency profile, once: it prefills the new draft.
    await page.getByRole('form', { name: '机关信息' }).locator('input').first().fill('某市统计局');
    await page.getByRole('button', { name: '保存机关信息' }).click();
    await poll(() => page.locator('.agency-name').textContent()).toBe('某市统计局');

    await page.getByLabel('报告年度').fill('2021');
    await poll(() => page.getByLabel('格式').inputValue()).toBe('2021');
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await page.locator('.editor').waitFor();
    await poll(() => page.locator('.editor-title strong').textContent()).toBe(
      '某市统计局2021年政府信息公开工作年度报告',
    );
    await poll(() => page.locator('.deadline').textContent()).toBe('发布期限 2022年1月31日 · 还有11天');

    // Narrative part 一 with its five standard sub-headings; type into 主动公开.
    await nav(page, '一、总体情况').click();
    const headings = page.locator('.section-heading');
    await poll(() => headings.evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value))).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
    await page.getByLabel('（一）主动公开正文').fill('本年度主动公开政府信息 120 条，涵盖统计数据发布与解读。');
    await page.getByLabel('（二）依申请公开正文').fill('全年共收到政府信息公开申请5件，均已按期答复。');
    await page.screenshot({ path: path.join(SHOTS, 'narrative.png') });

    // Table 三: typing updates the derived totals and the rule at once.
    await nav(page, '三、收到和处理').click();
    await typeInto(page, 'applications.new.natural', '5');
    await poll(() => cell(page, 'applications.new.total').textContent()).toBe('5');
    await poll(() => balance(page).count()).toBe(1);
    // Enter moved down: the focused cell is 上年结转.
    await poll(() => focused(page)).toBe('applications.carriedOver.natural');
    await page.keyboard.type('0');
    await page.keyboard.press('Tab');
    await poll(() => focused(page)).toBe('applications.carriedOver.business');
    // A total is read-only, but the keys move on from it when it has the focus.
    await cell(page, 'applications.new.total').click();
    await page.keyboard.press('ArrowLeft');
    await poll(() => focused(page)).toBe('applications.new.otherOrg');
    await cell(page, 'applications.carriedOver.business').click();
    await page.locator('td.sev-error').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'table-applications.png') });

    // A TSV block from Excel: 3 is taken, "abc" is refused and listed, at its cell and in the paste report.
    await paste(page, 'applications.granted.natural', '3\tabc\r\n');
    await poll(() => cell(page, 'applications.total.natural').textContent()).toBe('3');
    await poll(() => page.locator('.refused-list li').allTextContents()).toEqual([expect.stringContaining('“abc”')]);
    await poll(() => cell(page, 'applications.granted.business').inputValue()).toBe('abc');
    await poll(() => page.locator('[data-rule="input.refused"]').count()).toBe(1);
    await cell(page, 'applications.granted.business').click();
    await page.keyboard.press('Delete');
    await poll(() => page.locator('[data-rule="input.refused"]').count()).toBe(0);

    // 5 + 0 = 3 + 2: the balance holds and the finding goes away.
    await typeInto(page, 'applications.carryForward.natural', '2');
    await poll(() => balance(page).count()).toBe(0);

    // Undo brings the finding back, redo removes it again.
    await page.keyboard.press('Control+z');
    await poll(() => balance(page).count()).toBe(1);
    await poll(() => cell(page, 'applications.carryForward.natural').inputValue()).toBe('');
    await page.keyboard.press('Control+y');
    await poll(() => balance(page).count()).toBe(0);
    await poll(() => cell(page, 'applications.carryForward.natural').inputValue()).toBe('2');

    // Long table: the header rows stay in view, and the focused cell is never under them.
    await cell(page, 'applications.new.natural').click();
    for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowUp');
    const layout = await page.evaluate<{ head: number; scroller: number; cell: number }>(`(() => {
      const head = document.querySelector('table.grid thead').getBoundingClientRect();
      return {
        head: head.top,
        scroller: document.querySelector('.grid-scroll').getBoundingClientRect().top,
        cell: document.activeElement.getBoundingClientRect().top - head.bottom,
      };
    })()`);
    expect(layout.head).toBeCloseTo(layout.scroller, 0);
    expect(layout.cell).toBeGreaterThanOrEqual(-1);

    // Undo in the middle of typing ends the typing: the cell shows the restored value, not the stale text.
    await cell(page, 'applications.granted.business').click();
    await page.keyboard.type('9');
    await poll(() => cell(page, 'applications.total.business').textContent()).toBe('9');
    await page.keyboard.press('Control+z');
    await poll(() => cell(page, 'applications.granted.business').inputValue()).toBe('');
    await poll(() => cell(page, 'applications.total.business').textContent()).toBe('');

    // Undo shows what it changed: pressed in another part, it reopens table 三 with the focus on the cell.
    await typeInto(page, 'applications.granted.business', '4');
    await nav(page, '一、总体情况').click();
    await page.keyboard.press('Control+z');
    await poll(() => page.locator('.part-nav [aria-current="page"]').textContent()).toContain('三、');
    await poll(() => focused(page)).toBe('applications.granted.business');
    await poll(() => cell(page, 'applications.granted.business').inputValue()).toBe('');
    await nav(page, '一、总体情况').click();
    await page.keyboard.press('Control+y');
    await poll(() => focused(page)).toBe('applications.granted.business');
    await poll(() => cell(page, 'applications.granted.business').inputValue()).toBe('4');
    await page.keyboard.press('Control+z');
    await poll(() => cell(page, 'applications.granted.business').inputValue()).toBe('');
    // Undo of a paragraph edit goes back to its sub-section's text.
    await nav(page, '一、总体情况').click();
    const active = page.getByLabel('（一）主动公开正文');
    await active.fill('临时文字');
    await nav(page, '三、收到和处理').click();
    await page.keyboard.press('Control+z');
    await poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label') ?? null")).toBe(
      '（一）主动公开正文',
    );
    await poll(() => active.inputValue()).toContain('主动公开政府信息 120 条');

    // Part 六 (2021): a refused fee is kept, at its field and in the panel, across parts, until it is fixed.
    await nav(page, '六、其他需要报告').click();
    const noticeAmount = page.getByLabel('收费通知总金额（元）');
    await noticeAmount.fill('12元');
    await poll(() => page.locator('.fees .field-reason').textContent()).toContain('不是数字');
    await nav(page, '一、总体情况').click();
    const feeRefused = page.locator('.rule-panel [data-rule="input.refused"]');
    await poll(() => feeRefused.textContent()).toContain('信息处理费 收费通知总金额（元）');
    await poll(() => page.locator('.part-nav button', { hasText: '六、' }).locator('.count.error').textContent()).toBe(
      '1',
    );
    await feeRefused.locator('button').click();
    await poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('data-fee') ?? null")).toBe(
      'processingFees.noticeAmount',
    );
    await poll(() => noticeAmount.inputValue()).toBe('12元');
    await page.getByLabel('发出收费通知（件）').fill('1');
    await noticeAmount.fill('12.50');
    await poll(() => noticeAmount.inputValue()).toBe('12.50');
    await page.getByLabel('实际收取金额（元）').fill('12.5');
    await poll(() => feeRefused.count()).toBe(0);
    await poll(() => page.locator('.fees-sentence .generated').textContent()).toBe(
      '本年度共发出收费通知1件，总金额12.5元；实际收取信息处理费12.5元。',
    );
    // 落款: the 成文日期 the report is signed with (until chosen, the rule panel warns).
    await poll(() => page.locator('.rule-panel [data-rule="export.signatureDate"]').count()).toBe(1);
    await page.getByLabel('成文日期').fill('2022-01-20');
    await poll(() => page.locator('.rule-panel [data-rule="export.signatureDate"]').count()).toBe(0);

    // 空白填0 for table 四.
    await nav(page, '四、政府信息公开行政复议').click();
    await page.getByRole('button', { name: '空白填0' }).click();
    await poll(() => cell(page, 'litigation.cases.reviewTotal').textContent()).toBe('0');

    // A failed save is shown and the edits stay in memory; the retry saves them.
    await bridgeControl(bridge, 'fail-saves', { on: true });
    await typeInto(page, 'litigation.cases.reviewUpheld', '1');
    await poll(() => page.locator('.save-status.error').textContent()).toContain('保存失败');
    await poll(() => page.getByRole('alert').filter({ hasText: '草稿未能保存' }).textContent()).toContain(
      '模拟磁盘故障',
    );
    await page.screenshot({ path: path.join(LOOK, 'save-failed.png') });
    await bridgeControl(bridge, 'fail-saves', { on: false });
    await page.getByRole('button', { name: '立即重试' }).click();
    await poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^已保存 \d\d:\d\d$/);

    // Reload: the editor reopens where it was, from what is on disk.
    await page.reload();
    await page.locator('.editor').waitFor();
    await poll(() => page.locator('.part-nav [aria-current="page"]').textContent()).toContain('四、');
    await nav(page, '三、收到和处理').click();
    await poll(() => cell(page, 'applications.new.natural').inputValue()).toBe('5');
    await poll(() => cell(page, 'applications.granted.natural').inputValue()).toBe('3');
    await poll(() => cell(page, 'applications.carryForward.natural').inputValue()).toBe('2');
    await poll(() => balance(page).count()).toBe(0);
    await nav(page, '四、政府信息公开行政复议').click();
    await poll(() => cell(page, 'litigation.cases.reviewTotal').textContent()).toBe('1');
    await nav(page, '一、总体情况').click();
    await poll(() => page.getByLabel('（一）主动公开正文').inputValue()).toContain('主动公开政府信息 120 条');

    // Preview: the export bytes rendered by the lazily loaded docx-preview.
    await page.getByRole('button', { name: '预览' }).click();
    await page.locator('.preview-body[data-state="ready"]').waitFor({ timeout: 20_000 });
    await poll(() => page.locator('.preview-body').textContent()).toContain('予以公开');
    // Table 三 at the top of the screenshot, with its merged header.
    await page
      .locator('.preview-body table')
      .nth(1)
      .evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
    await page.screenshot({ path: path.join(LOOK, 'preview-2021.png') });
    await page.getByRole('button', { name: '关闭预览' }).click();

    // Export: errors (if any) are listed first; the file lands where the dialog said, then 打开所在文件夹.
    const fileName = '某市统计局2021年政府信息公开工作年度报告.docx';
    const documentXml = await exportThroughDialog(page, bridge.exportDir, fileName);
    expect(documentXml).toContain('主动公开政府信息 120 条');
    expect(documentXml).toContain('予以公开');
    expect(documentXml).toContain('本年度共发出收费通知1件，总金额12.5元；实际收取信息处理费12.5元。');
    expect(documentXml).toContain('2022年1月20日');

    // The web version, through the same dialog: one page with the same tables and signature.
    await page.getByRole('button', { name: '导出网页版' }).click();
    const htmlName = fileName.replace(/\.docx$/, '.html');
    await poll(() => page.locator('.web-export-status').textContent()).toContain(htmlName);
    const html = readFileSync(path.join(bridge.exportDir, htmlName), 'utf8');
    expect(html).toContain('<td colspan="2" style="text-align:left">（一）予以公开</td>');
    expect(html).toContain('2022年1月20日');
    // 复制网页代码: the same page on the clipboard.
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: '复制网页代码' }).click();
    await poll(() => page.locator('.web-export-status').textContent()).toContain('网页代码已复制');
    type Clipboard = { navigator: { clipboard: { readText(): Promise<string> } } };
    expect(await page.evaluate(() => (globalThis as unknown as Clipboard).navigator.clipboard.readText())).toBe(html);
    await page.locator('.banner.success').getByRole('button', { name: '打开所在文件夹' }).click();
    await poll(() => bridge.shownInFolder.map((f) => path.basename(f))).toEqual([fileName]);

    // Home lists the draft with its export; carry over to 2022.
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    const row = page.locator('.draft-row', { hasText: '2021年政府信息公开' });
    await row.getByRole('button', { name: '导出版本（1）' }).waitFor();
    await row.getByRole('button', { name: '基于此稿新建2022年度' }).click();
    await page.locator('.editor').waitFor();
    await poll(() => page.locator('.editor-title strong').textContent()).toContain('2022年');
    await nav(page, '三、收到和处理').click();
    await poll(() => cell(page, 'applications.carriedOver.natural').inputValue()).toBe('2');
    // Cross-year rule against the linked 2021 draft: 上年结转 must equal last year's 结转下年度.
    await typeInto(page, 'applications.carriedOver.natural', '4');
    await poll(() => page.locator('.rule-panel [data-rule="crossYear.carriedOver"]').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await poll(() => page.locator('.rule-panel [data-rule="crossYear.carriedOver"]').count()).toBe(0);

    // Home: drafts by year, newest first, with the export and the carried-over draft.
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await poll(() => page.locator('.year-group h2').allTextContents()).toEqual(['2022年度', '2021年度']);
    await page
      .locator('.draft-row', { hasText: '2021年政府信息公开' })
      .getByRole('button', { name: '导出版本（1）' })
      .click();
    await page.getByRole('button', { name: '只读打开' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'home.png') });
    await page.getByRole('button', { name: '只读打开' }).click();
    await poll(() => page.locator('.banner.warning').first().textContent()).toContain('只读');
    await poll(() => page.getByRole('button', { name: '导出 .docx' }).count()).toBe(0);
  }, 120_000);

  it('imports a published report, and renames, duplicates, deletes and restores drafts from the home screen', async () => {
    const { page, bridge } = s;
    await page.goto(bridge.url);
    await page.locator('.home').waitFor();

    // 从已发布年报导入: the bridge's non-interactive dialog hands over a real published report.
    const report = path.join(reportsDir, '2023-hongze-district.txt');
    await bridgeControl(bridge, 'import-file', { path: report });
    await page.getByRole('button', { name: '从已发布年报导入' }).click();
    await page.locator('.editor').waitFor();
    await poll(() => page.locator('.editor-title .meta').textContent()).toContain('2023年度');
    await poll(() => page.locator('.banner ul.coverage li').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await poll(() => page.locator('.year-group h2').allTextContents()).toContain('2023年度');

    const row = group2023(page).locator('.draft-row').first();
    await row.getByRole('button', { name: '重命名' }).click();
    await page.getByLabel('新名称').fill('洪泽区2023年年报（导入）');
    await page.getByRole('button', { name: '确定', exact: true }).click();
    await poll(() => page.locator('.draft-title', { hasText: '洪泽区2023年年报（导入）' }).count()).toBe(1);

    const renamed = page.locator('.draft-row', { hasText: '洪泽区2023年年报（导入）' });
    await renamed.getByRole('button', { name: '复制' }).click();
    await poll(() => group2023(page).locator('.draft-row').count()).toBe(2);

    const id = await renamed.first().getAttribute('data-draft-id');
    const victim = page.locator(`.draft-row[data-draft-id="${id}"]`);
    await victim.getByRole('button', { name: '删除', exact: true }).click();
    await victim.getByRole('button', { name: '确定删除' }).click();
    const trash = page.getByRole('region', { name: '回收站' });
    await poll(() => trash.locator('.draft-row').count()).toBe(1);
    await trash.getByRole('button', { name: '恢复' }).click();
    await poll(() => page.getByRole('region', { name: '回收站' }).count()).toBe(0);
    await poll(() => group2023(page).locator('.draft-row').count()).toBe(2);
  }, 60_000);

  it('stops an import in progress with 取消: no draft is created and the home screen stays', async () => {
    const { page, bridge } = s;
    await page.goto(bridge.url);
    await page.locator('.home').waitFor();
    // Counted once the list is read (while 正在读取… shows, there are no rows yet).
    await poll(() => page.getByText('正在读取…').count()).toBe(0);
    const before = await page.locator('.draft-row').count();
    // A file that takes the importer a while (19 000 wrapped lines of one paragraph), so there is time to cancel.
    const slow = path.join(LOOK, 'slow-import.txt');
    mkdirSync(LOOK, { recursive: true });
    const line = '政府信息公开工作稳步推进并持续深化各项工作有序开展取得成效';
    writeFileSync(slow, `2023年某某局政府信息公开工作年度报告\n一、总体情况\n${`${line}\n`.repeat(19_000)}`);
    await bridgeControl(bridge, 'import-file', { path: slow });
    await page.getByRole('button', { name: '从已发布年报导入' }).click();
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await poll(() => page.getByRole('button', { name: '取消', exact: true }).count()).toBe(0);
    expect(await page.locator('.editor').count()).toBe(0);
    expect(await page.locator('.banner.error').count()).toBe(0);
    await poll(() => page.locator('.draft-row').count()).toBe(before);
  }, 60_000);

  it('lists a damaged draft with a badge and restores it from its backup', async () => {
    const { page, bridge } = s;
    await page.goto(bridge.url);
    const row = page.locator('.draft-row', { hasText: '某市统计局2021年政府信息公开' });
    const id = await row.getAttribute('data-draft-id');
    writeFileSync(path.join(bridge.dataDir, 'drafts', `${id}.json`), '{"schemaVersion": 1, "id": ');
    await page.reload();
    const damaged = page.locator(`.draft-row.damaged[data-draft-id="${id}"]`);
    await poll(() => damaged.locator('.badge').textContent()).toBe('文件损坏');
    await damaged.getByRole('button', { name: '从备份恢复' }).click();
    await page.locator('.editor').waitFor();
    await nav(page, '三、收到和处理').click();
    await poll(() => cell(page, 'applications.new.natural').inputValue()).toBe('5');
  }, 60_000);

  it('fills a 2019 report: a negative 本年增/减, a pasted block, 采购总金额 in 万元, saved and exported', async () => {
    const { page, bridge } = s;
    await page.goto(bridge.url);
    await page.getByLabel('报告年度').fill('2019');
    await poll(() => page.getByLabel('格式').inputValue()).toBe('2019');
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await page.locator('.editor').waitFor();
    await poll(() => page.locator('.editor-title .meta').textContent()).toContain('2019年格式');

    // Table 二 of 2019: 本年增/减 may be negative; a count may not (refused at the cell, with its reason).
    await nav(page, '二、主动公开').click();
    await typeInto(page, 'active.licensing.change', '-3');
    await poll(() => cell(page, 'active.licensing.change').inputValue()).toBe('-3');
    await typeInto(page, 'active.licensing.prevCount', '-1', 'Tab');
    await poll(() => page.locator('.cell-reason').textContent()).toContain('件数不能为负数');
    await poll(() => focused(page)).toBe('active.licensing.prevCount');
    await page.keyboard.press('Escape');
    await poll(() => cell(page, 'active.licensing.prevCount').inputValue()).toBe('');
    await poll(() => page.locator('[data-rule="input.refused"]').count()).toBe(0);
    // Ctrl+Z right after refused text takes that text back, and only that.
    await typeInto(page, 'active.licensing.decisions', 'x', 'Tab');
    await poll(() => page.locator('[data-rule="input.refused"]').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await poll(() => page.locator('[data-rule="input.refused"]').count()).toBe(0);
    await poll(() => cell(page, 'active.licensing.decisions').inputValue()).toBe('');
    await poll(() => cell(page, 'active.licensing.change').inputValue()).toBe('-3');

    // A block from Excel over 行政处罚 and 行政强制 (上一年项目数量, 本年增/减, 处理决定数量).
    await paste(page, 'active.penalty.prevCount', '10\t-2\t7\r\n5\t1\t3\r\n');
    await poll(() => cell(page, 'active.penalty.change').inputValue()).toBe('-2');
    await poll(() => cell(page, 'active.coercion.decisions').inputValue()).toBe('3');
    await poll(() => page.locator('.banner', { hasText: '已粘贴' }).textContent()).toContain('已粘贴 6 个值');

    // 采购总金额: the unit chosen beside the cell, or typed after the number.
    const unit = page.locator('td:has([data-address="active.procurement.amount"]) select.unit');
    await poll(() => unit.inputValue()).toBe('元');
    await unit.selectOption('万元');
    await typeInto(page, 'active.procurement.amount', '12.5');
    await typeInto(page, 'active.procurement.projects', '2');
    await poll(() => cell(page, 'active.procurement.amount').inputValue()).toBe('12.5');

    // Table 三 of 2019: typing updates its totals too.
    await nav(page, '三、收到和处理').click();
    await typeInto(page, 'applications.new.natural', '4');
    await poll(() => cell(page, 'applications.new.total').textContent()).toBe('4');

    await poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^已保存 \d\d:\d\d$/);
    await page.reload();
    await page.locator('.editor').waitFor();
    await nav(page, '二、主动公开').click();
    await poll(() => cell(page, 'active.licensing.change').inputValue()).toBe('-3');
    await poll(() => cell(page, 'active.penalty.change').inputValue()).toBe('-2');
    await poll(() => cell(page, 'active.procurement.amount').inputValue()).toBe('12.5');
    await poll(() => unit.inputValue()).toBe('万元');

    // Typing the unit with the number chooses it too.
    await typeInto(page, 'active.procurement.amount', '800元');
    await poll(() => unit.inputValue()).toBe('元');
    await page.keyboard.press('Control+z');
    await poll(() => unit.inputValue()).toBe('万元');
    await poll(() => focused(page)).toBe('active.procurement.amount');

    const text = (
      await exportThroughDialog(page, bridge.exportDir, '某市统计局2019年政府信息公开工作年度报告.docx')
    ).replace(/<[^>]+>/g, '');
    expect(text).toContain('12.5万元');
    expect(text).toContain('-3');
    expect(text).toContain('-2');

    // Leaving with refused text asks first: the text exists only in the editor.
    await page.locator('.banner.success').getByRole('button', { name: '关闭' }).click();
    await typeInto(page, 'active.procurement.projects', '两个', 'Tab');
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    const leave = page.getByRole('alertdialog', { name: '离开前确认' });
    await poll(() => leave.textContent()).toContain('“两个”');
    await leave.getByRole('button', { name: '返回修改' }).click();
    await poll(() => page.locator('.editor').count()).toBe(1);
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await leave.getByRole('button', { name: '仍然离开' }).click();
    await page.locator('.home').waitFor();
  }, 60_000);

  it('answers the app menu (新建, 保存, 导出, 导入, 草稿列表) and writes pending edits when the window closes', async () => {
    const { page, bridge } = s;
    const menu = (command: string) =>
      page.evaluate(`window.dispatchEvent(new CustomEvent('report-studio:menu', { detail: '${command}' }))`);
    await page.goto(bridge.url);
    await page.locator('.home').waitFor();
    await menu('newDraft');
    await poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label') ?? null")).toBe(
      '报告年度',
    );

    await page.locator('.draft-row', { hasText: '2019年政府信息公开' }).getByRole('button', { name: '打开' }).click();
    await page.locator('.editor').waitFor();
    const id = /#\/draft\/([^/]+)/.exec(page.url())![1]!;
    await nav(page, '四、政府信息公开行政复议').click();
    await typeInto(page, 'litigation.cases.reviewUpheld', '7', 'Tab');
    // What the main process runs before the window closes: the edit is on disk before the autosave delay is over.
    await page.evaluate('window.__reportStudioFlushPendingSaves()');
    const res = await fetch(new URL('api/openDraft', bridge.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ args: [id] }),
    });
    const opened = (await res.json()) as { value: { draft: { values: Record<string, number> } } };
    expect(opened.value.draft.values['litigation.cases.reviewUpheld']).toBe(7);

    await typeInto(page, 'litigation.cases.reviewCorrected', '1', 'Tab');
    await menu('saveNow');
    await poll(() => page.locator('.save-status').textContent()).toMatch(/^已保存 \d\d:\d\d$/);
    await menu('exportDocx');
    await poll(() => page.locator('.export-confirm, .banner.success').count()).toBe(1);

    await bridgeControl(bridge, 'import-file', {
      path: path.join(reportsDir, '2023-hongze-district.txt'),
    });
    await menu('importReport');
    await poll(() => page.locator('.banner ul.coverage li').count()).toBeGreaterThan(0);
    await menu('showDrafts');
    await page.locator('.home').waitFor();
  }, 60_000);

  it('menu 撤销/重做 run the editor’s history; the close hook reports failed saves and refused inputs; a reload asks; paste leftovers stay listed', async () => {
    const { page, bridge } = s;
    /** As main dispatches it; the result is main's "nobody claimed it" (then it would use the browser's text undo). */
    const menu = (command: string) =>
      page.evaluate<boolean>(
        `window.dispatchEvent(new CustomEvent('report-studio:menu', { detail: '${command}', cancelable: true }))`,
      );
    const flushHook = () =>
      page.evaluate<{ saved: boolean; message?: string; refusedCount: number }>(
        'window.__reportStudioFlushPendingSaves()',
      );
    await page.goto(bridge.url);
    await page.locator('.home').waitFor();
    expect(await menu('undo')).toBe(true);

    await page.getByLabel('报告年度').fill('2024');
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await page.locator('.editor').waitFor();
    await nav(page, '三、收到和处理').click();
    await typeInto(page, 'applications.new.natural', '5');
    await typeInto(page, 'applications.new.business', '6');
    // One Ctrl+Z, one step back.
    await page.keyboard.press('Control+z');
    await poll(() => cell(page, 'applications.new.business').inputValue()).toBe('');
    expect(await cell(page, 'applications.new.natural').inputValue()).toBe('5');
    // The menu's 撤销 / 重做 take the same path, and claim the event.
    expect(await menu('undo')).toBe(false);
    await poll(() => cell(page, 'applications.new.natural').inputValue()).toBe('');
    expect(await menu('redo')).toBe(false);
    await poll(() => cell(page, 'applications.new.natural').inputValue()).toBe('5');
    expect(await cell(page, 'applications.new.business').inputValue()).toBe('');

    // The window's close asks the page: a failed last save comes back with its reason.
    await bridgeControl(bridge, 'fail-saves', { on: true });
    await typeInto(page, 'applications.new.research', '2');
    const failed = await flushHook();
    expect(failed).toMatchObject({ saved: false, refusedCount: 0 });
    expect(failed.message).toContain('模拟磁盘故障');
    await bridgeControl(bridge, 'fail-saves', { on: false });
    // Refused text is counted: closing would drop it.
    await typeInto(page, 'applications.new.legalService', '三个', 'Tab');
    await poll(() => page.locator('[data-rule="input.refused"]').count()).toBe(1);
    expect(await flushHook()).toEqual({ saved: true, refusedCount: 1 });

    // A reload with refused text: the browser asks; staying keeps it.
    const dialogs: string[] = [];
    page.once('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await page.evaluate('setTimeout(() => location.reload(), 0)');
    await poll(() => dialogs).toEqual(['beforeunload']);
    expect(await cell(page, 'applications.new.legalService').inputValue()).toBe('三个');
    // Nothing at risk: no question.
    await poll(() => focused(page)).toBe('applications.new.legalService');
    await page.keyboard.press('Escape');
    await poll(() => page.locator('[data-rule="input.refused"]').count()).toBe(0);
    await poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^已保存 \d\d:\d\d$/);
    const later = (d: { type(): string; accept(): Promise<void> }) => {
      dialogs.push(d.type());
      void d.accept();
    };
    page.on('dialog', later);
    await page.reload();
    await page.locator('.editor').waitFor();
    page.off('dialog', later);
    expect(dialogs).toEqual(['beforeunload']);

    // Pasted past the table's edge and onto a total: listed in the panel after the paste banner has gone.
    await nav(page, '三、收到和处理').click();
    await paste(page, 'applications.granted.otherOrg', '1\t9\t4\r\n');
    await poll(() => page.locator('.refused-list li').count()).toBe(2);
    await nav(page, '一、总体情况').click();
    await poll(() => page.locator('.refused-list').count()).toBe(0);
    const leftovers = page.locator('.rule-panel [data-rule="paste.leftovers"]');
    await poll(() => leftovers.textContent()).toContain('“4”：超出表格范围');
    expect(await leftovers.textContent()).toContain('“9”');
    await leftovers.locator('button').first().click();
    await poll(() => page.locator('.part-nav [aria-current="page"]').textContent()).toContain('三、');
    await page.screenshot({ path: path.join(LOOK, 'paste-leftovers.png') });
    await leftovers.getByRole('button', { name: '知道了' }).click();
    await poll(() => leftovers.count()).toBe(0);
  }, 60_000);
});
