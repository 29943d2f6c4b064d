/**
 * The editor as a Word/Excel user expects it (issue 13), in Chromium over the web test bridge: grid keys that behave
 * like Excel's, sub-section headings that renumber themselves, clean pasted paragraphs, completeness instead of a bare
 * "无错误", and the read-only version's way on.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from './harness';
import { LOOK, cell, focused, nav, newDraft, pasteText, poll } from './page';
import type { Session } from './harness';

const refusedCount = (page: Page) => page.locator('[data-rule="input.refused"]').count();

describe('the editor a Word user expects', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('grid keys behave like Excel: typing after a refused Enter replaces, Esc restores after returning, Ctrl+Z after Esc', async () => {
    const { page } = s;
    await newDraft(page, '2024');
    await nav(page, '三、收到和处理').click();
    const a = 'applications.new.natural';
    const b = 'applications.carriedOver.natural';

    // A refused "abc" and Enter: the cell keeps the text, selected, so what is typed next replaces it.
    await cell(page, a).click();
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe(a);
    await poll(() => refusedCount(page)).toBe(1);
    await page.keyboard.type('1234');
    await poll(() => cell(page, a).inputValue()).toBe('1234');
    await poll(() => refusedCount(page)).toBe(0);
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe(b);

    // Refused text left behind by a click elsewhere: back in the cell, Esc restores the value it had.
    await page.keyboard.type('x');
    await cell(page, 'applications.new.business').click();
    await poll(() => cell(page, b).inputValue()).toBe('x');
    await cell(page, b).click();
    await page.keyboard.press('Escape');
    await poll(() => cell(page, b).inputValue()).toBe('');
    await poll(() => refusedCount(page)).toBe(0);

    // Esc of typing that a pause split into two undo steps: all of it goes, and Ctrl+Z then undoes the 1234.
    await cell(page, a).click();
    await page.keyboard.type('5');
    await page.waitForTimeout(1700);
    await page.keyboard.type('6');
    await poll(() => cell(page, 'applications.new.total').textContent()).toBe('56');
    await page.keyboard.press('Escape');
    await poll(() => cell(page, a).inputValue()).toBe('1234');
    await page.keyboard.press('Control+z');
    await poll(() => cell(page, a).inputValue()).toBe('');
    await page.keyboard.press('Control+y');
    await poll(() => cell(page, a).inputValue()).toBe('1234');
  }, 60_000);

  it('renumbers （n） sub-headings after ↑/↓ and 删除, and offers 撤销 in place of a deleted sub-section with text', async () => {
    const { page } = s;
    await nav(page, '一、总体情况').click();
    const headings = () =>
      page.locator('.section-heading').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
    const sections = page.locator('.narrative-part .section');
    await sections.nth(2).getByTitle('上移').click();
    await poll(headings).toEqual([
      '（一）主动公开',
      '（二）政府信息管理',
      '（三）依申请公开',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
    // A heading without an ordinal is left alone and not counted.
    await page.getByLabel('第4小节标题').fill('平台建设情况');
    await sections.nth(3).getByTitle('下移').click();
    await poll(headings).toEqual([
      '（一）主动公开',
      '（二）政府信息管理',
      '（三）依申请公开',
      '（四）监督保障',
      '平台建设情况',
    ]);

    await page.getByLabel('（一）主动公开正文').fill('本年度主动公开政府信息120条。');
    await sections.nth(0).getByRole('button', { name: '删除' }).click();
    await poll(headings).toEqual(['（一）政府信息管理', '（二）依申请公开', '（三）监督保障', '平台建设情况']);
    const removed = page.locator('.section-removed');
    await poll(() => removed.textContent()).toContain('已删除小节“（一）主动公开”');
    await poll(() => page.evaluate<string | null>('document.activeElement?.textContent ?? null')).toBe('撤销');
    await page.screenshot({ path: path.join(LOOK, 'section-removed.png') });
    await removed.getByRole('button', { name: '撤销' }).click();
    await poll(headings).toEqual([
      '（一）主动公开',
      '（二）政府信息管理',
      '（三）依申请公开',
      '（四）监督保障',
      '平台建设情况',
    ]);
    await poll(() => page.getByLabel('（一）主动公开正文').inputValue()).toBe('本年度主动公开政府信息120条。');
    await poll(() => removed.count()).toBe(0);

    // Without text there is nothing to lose: no 撤销 offer; Ctrl+Z brings it back all the same.
    await sections.nth(4).getByRole('button', { name: '删除' }).click();
    await poll(() => sections.count()).toBe(4);
    expect(await removed.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await poll(() => sections.count()).toBe(5);
  }, 60_000);

  it('pastes paragraphs without their indentation, each a paragraph of its own, as one undo step', async () => {
    const { page } = s;
    await nav(page, '五、存在的主要问题').click();
    const body = page.locator('.narrative-part .section textarea').first();
    await body.fill('已有的一段。');
    await body.press('Control+End');
    await pasteText(
      page,
      '.narrative-part .section textarea >> nth=0',
      '\r\n\u3000\u3000一是公开内容不够全面。\r\n\r\n    二是解读形式较单一。\r\n\t三是平台栏目有待优化。\r\n',
    );
    await poll(() => body.inputValue()).toBe(
      '已有的一段。\n一是公开内容不够全面。\n二是解读形式较单一。\n三是平台栏目有待优化。',
    );
    // The caret is after the pasted text: typing goes on there.
    await page.keyboard.type('完');
    await poll(() => body.inputValue()).toMatch(/三是平台栏目有待优化。完$/);
    await page.keyboard.press('Control+z');
    await poll(() => body.inputValue()).toMatch(/三是平台栏目有待优化。$/);
    await page.keyboard.press('Control+z');
    await poll(() => body.inputValue()).toBe('已有的一段。');
  }, 60_000);

  it('shows completeness instead of a bare 无错误: 已填 x/y 格, parts without text, warnings, in the header and the list', async () => {
    const { page } = s;
    await newDraft(page, '2022');
    const header = page.locator('.editor-title .completeness');
    await poll(() => header.textContent()).toMatch(/^已填 0\/\d+ 格 · 一、五、六无正文 · \d+ 个提醒$/);
    const total = /\/(\d+)/.exec((await header.textContent())!)![1];
    await nav(page, '三、收到和处理').click();
    await cell(page, 'applications.new.natural').click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await poll(() => header.textContent()).toContain(`已填 1/${total} 格`);
    await nav(page, '五、存在的主要问题').click();
    await page.locator('.narrative-part .section textarea').first().fill('公开内容还不够全面。');
    await poll(() => header.textContent()).toContain('一、六无正文');
    expect(await header.getAttribute('title')).toContain('无正文：一、总体情况，六、其他需要报告的事项');
    await page.screenshot({ path: path.join(LOOK, 'completeness-editor.png') });
    const inEditor = await header.textContent();

    await poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^已保存 \d\d:\d\d$/);
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    const row = page.locator('.draft-row', { hasText: '2022年政府信息公开' });
    // The same words as the header: the list's summary is computed by the same function when the draft is saved.
    await poll(() => row.locator('.completeness').textContent()).toBe(inEditor);
    expect(inEditor).toMatch(new RegExp(`^已填 1/${total} 格 · 一、六无正文 · \\d+ 个提醒$`));
    expect(await row.locator('.badge.ok').count()).toBe(0);
    await page.screenshot({ path: path.join(LOOK, 'completeness-list.png') });
  }, 60_000);

  it('names the 检查结果 toggle by what it does; a read-only exported version looks so and offers 另存为新草稿', async () => {
    const { page } = s;
    const row = page.locator('.draft-row', { hasText: '2022年政府信息公开' });
    await row.getByRole('button', { name: '打开' }).click();
    await page.locator('.editor').waitFor();
    await page.getByRole('button', { name: /^隐藏检查结果/ }).click();
    await poll(() => page.locator('.rule-panel').count()).toBe(0);
    await page.getByRole('button', { name: /^显示检查结果（1）$/ }).click();
    await poll(() => page.locator('.rule-panel').count()).toBe(1);

    await page.getByRole('button', { name: '导出 .docx' }).click();
    await page.getByRole('button', { name: '仍然导出' }).click();
    await page.locator('.banner.success').waitFor();
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await row.getByRole('button', { name: '导出版本（1）' }).click();
    await page.getByRole('button', { name: '只读打开' }).click();
    await page.locator('.editor.read-only').waitFor();
    await poll(() => page.locator('.editor-bar .read-only-badge').textContent()).toBe('只读');
    await nav(page, '五、存在的主要问题').click();
    const body = page.locator('.narrative-part .section textarea').first();
    await poll(() => body.inputValue()).toBe('公开内容还不够全面。');
    // Grey fields and no edit tools: nothing invites typing.
    const background = await body.evaluate(
      (el) =>
        (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el)
          .backgroundColor,
    );
    expect(background).toBe('rgb(241, 242, 244)');
    expect(await page.locator('.section-tools').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '＋ 添加小节' }).isVisible()).toBe(false);
    await page.screenshot({ path: path.join(LOOK, 'read-only-version.png') });

    await page.getByRole('button', { name: '另存为新草稿' }).click();
    await page.locator('.editor:not(.read-only)').waitFor();
    await poll(() => page.locator('.banner').first().textContent()).toContain('已另存为新草稿');
    await nav(page, '五、存在的主要问题').click();
    await poll(() => body.inputValue()).toBe('公开内容还不够全面。');
    await body.fill('公开内容还不够全面，将在下一年度改进。');
    await poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^已保存 \d\d:\d\d$/);
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await poll(() => page.locator('.draft-row', { hasText: '2022年政府信息公开' }).count()).toBe(2);
  }, 60_000);

  it('selects a block with Shift+arrows or the mouse, copies it as TSV, and clears it with Delete as one undo step', async () => {
    const { page } = s;
    await page.locator('.draft-row', { hasText: '2024年政府信息公开' }).getByRole('button', { name: '打开' }).click();
    await page.locator('.editor').waitFor();
    await nav(page, '三、收到和处理').click();
    const a = 'applications.new.natural';
    const d = 'applications.carriedOver.business';
    const four = [a, 'applications.new.business', 'applications.carriedOver.natural', d];
    await pasteText(page, `[data-address="${a}"]`, '1\t2\r\n3\t4\r\n');
    await poll(() => cell(page, d).inputValue()).toBe('4');
    const inBlock = () =>
      page.locator('td.in-block [data-address]').evaluateAll((els) => els.map((e) => e.getAttribute('data-address')));

    await cell(page, a).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await poll(inBlock).toEqual(four);
    await page.screenshot({ path: path.join(LOOK, 'grid-block.png') });
    // What Ctrl+C puts on the clipboard, read as the copy event leaves it.
    await page.evaluate(
      `window.addEventListener('copy', (e) => { window.__copied = e.clipboardData.getData('text/plain'); })`,
    );
    await page.keyboard.press('Control+c');
    await poll(() => page.evaluate<string | undefined>('window.__copied')).toBe('1\t2\r\n3\t4\r\n');

    await page.keyboard.press('Delete');
    await poll(() => Promise.all(four.map((x) => cell(page, x).inputValue()))).toEqual(['', '', '', '']);
    await page.keyboard.press('Control+z');
    await poll(() => Promise.all(four.map((x) => cell(page, x).inputValue()))).toEqual(['1', '2', '3', '4']);
    // A plain arrow ends the block.
    await page.keyboard.press('ArrowRight');
    await poll(inBlock).toEqual([]);

    // A mouse drag from one corner to the other selects the same block.
    const box = async (x: string) => (await cell(page, x).boundingBox())!;
    const from = await box(a);
    const to = await box(d);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
    await page.mouse.up();
    await poll(inBlock).toEqual(four);
    await page.keyboard.press('Delete');
    await poll(() => Promise.all(four.map((x) => cell(page, x).inputValue()))).toEqual(['', '', '', '']);
    await page.keyboard.press('Control+z');
    await poll(() => cell(page, d).inputValue()).toBe('4');
  }, 60_000);

  it('counts 字数 per part and in total as Word counts Chinese text', async () => {
    const { page } = s;
    await nav(page, '五、存在的主要问题').click();
    const total = page.locator('.part-nav .word-total');
    const words = async () => Number(/(\d+)/.exec((await total.textContent()) ?? '')![1]);
    const body = page.locator('.narrative-part .section textarea').first();
    await body.fill('');
    await poll(() => page.locator('.part-head .word-count').textContent()).toBe('本部分 0 字');
    const before = await words();
    // 共 公 开 · 120 · 条 · 涉 及 · e-mail: eight words; the punctuation counts nothing.
    await body.fill('共公开120条，涉及e-mail。');
    await poll(() => page.locator('.part-head .word-count').textContent()).toBe('本部分 8 字');
    await poll(words).toBe(before + 8);
  }, 60_000);

  it('finds text across the whole draft with Ctrl+F, next and previous opening each part with the text selected', async () => {
    const { page } = s;
    await nav(page, '一、总体情况').click();
    await page.getByLabel('（一）主动公开正文').fill('本年度主动公开政府信息120条。');
    await nav(page, '五、存在的主要问题').click();
    await page.locator('.narrative-part .section textarea').first().fill('主动公开的深度还不够。');
    await nav(page, '三、收到和处理').click();

    await page.keyboard.press('Control+f');
    const box = page.getByLabel('查找内容');
    await poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label') ?? null")).toBe(
      '查找内容',
    );
    await box.fill('主动公开');
    const status = page.locator('.find-status');
    // Heading （一）主动公开, its body, and part 五's body.
    await poll(() => status.textContent()).toBe('0/3');
    const selection = () =>
      page.evaluate<string | null>(
        "(() => { const el = document.activeElement; return el && 'selectionStart' in el ? el.value.slice(el.selectionStart, el.selectionEnd) : null; })()",
      );
    const current = () => page.locator('.part-nav [aria-current="page"]').textContent();
    await box.press('Enter');
    await poll(current).toContain('一、');
    await poll(() => page.evaluate<string | null>('document.activeElement?.className ?? null')).toBe('section-heading');
    await poll(selection).toBe('主动公开');
    await page.keyboard.press('F3');
    await poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label') ?? null")).toBe(
      '（一）主动公开正文',
    );
    await poll(selection).toBe('主动公开');
    await page.getByRole('button', { name: '下一个' }).click();
    await poll(current).toContain('五、');
    await poll(selection).toBe('主动公开');
    await poll(() => status.textContent()).toBe('3/3');
    await page.screenshot({ path: path.join(LOOK, 'find.png') });
    // Wraps around both ways.
    await page.getByRole('button', { name: '下一个' }).click();
    await poll(() => status.textContent()).toBe('1/3');
    await page.getByRole('button', { name: '上一个' }).click();
    await poll(() => status.textContent()).toBe('3/3');
    await box.fill('不存在的词');
    await poll(() => status.textContent()).toBe('无结果');
    await box.press('Escape');
    await poll(() => page.locator('.find-bar').count()).toBe(0);
  }, 60_000);

  it('asks before 新建 for a year that already has a draft: 打开已有 or 仍然新建', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await page.locator('.home').waitFor();
    const rows2024 = page.locator('.draft-row', { hasText: '2024年政府信息公开' });
    await poll(() => rows2024.count()).toBe(1);
    await page.getByLabel('报告年度').fill('2024');
    await page.getByRole('button', { name: '新建', exact: true }).click();
    const ask = page.getByRole('alertdialog', { name: '已有同年度草稿' });
    await poll(() => ask.textContent()).toContain('2024年度已有草稿“2024年政府信息公开工作年度报告”');
    await ask.getByRole('button', { name: '打开已有' }).click();
    await page.locator('.editor').waitFor();
    await nav(page, '三、收到和处理').click();
    await poll(() => cell(page, 'applications.carriedOver.business').inputValue()).toBe('4');
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await page.getByLabel('报告年度').fill('2024');
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await ask.getByRole('button', { name: '仍然新建' }).click();
    await page.locator('.editor').waitFor();
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await poll(() => rows2024.count()).toBe(2);
  }, 60_000);
});
