/**
 * Undo in text goes by typing bursts, in the focused field first (issue 13 item 5), in Chromium over the web test
 * bridge: a pause ends a burst, Ctrl+Z in a paragraph takes back only its last burst and keeps the focus and the caret
 * there, and table edits are left alone until the field has nothing left to undo.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from './harness';
import { cell, nav, poll, newDraft } from './page';
import type { Session } from './harness';

/** The focused element: its text field id or its cell address, and where its caret is. */
const focus = (page: Page) =>
  page.evaluate<{ field: string | null; address: string | null; caret: number | null }>(`(() => {
    const el = document.activeElement;
    return {
      field: el?.getAttribute('data-field') ?? null,
      address: el?.getAttribute('data-address') ?? null,
      caret: el && 'selectionStart' in el ? el.selectionStart : null,
    };
  })()`);

describe('undo in text by typing bursts', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('takes back only the last burst in the focused paragraph, keeps the focus there, and leaves table edits alone', async () => {
    const { page } = s;
    await newDraft(page, '2024');

    const a = 'applications.new.natural';
    const b = 'applications.new.business';
    await nav(page, '三、收到和处理').click();
    await cell(page, a).click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');

    await nav(page, '五、存在的主要问题').click();
    const body = page.locator('.narrative-part .section textarea').first();
    await body.click();
    const first = '公开内容还不够全面。';
    const second = '解读形式比较单一。';
    await page.keyboard.type(first, { delay: 30 });
    await page.waitForTimeout(2000);
    await page.keyboard.type(second, { delay: 30 });
    await poll(() => body.inputValue()).toBe(first + second);
    const field = (await focus(page)).field;
    expect(field).toMatch(/^text:/);

    // Ctrl+Z: only the second sentence goes; the focus and the caret stay where the text changed.
    await page.keyboard.press('Control+z');
    await poll(() => body.inputValue()).toBe(first);
    await poll(() => focus(page)).toEqual({ field, address: null, caret: first.length });
    // Ctrl+Y brings it back, with the caret after it.
    await page.keyboard.press('Control+y');
    await poll(() => body.inputValue()).toBe(first + second);
    await poll(() => focus(page)).toEqual({ field, address: null, caret: (first + second).length });
    // The caret jumps to the start: what is typed there is a burst of its own, and undoing it leaves the caret there.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('此外', { delay: 30 });
    await poll(() => body.inputValue()).toBe('此外' + first + second);
    await page.keyboard.press('Control+z');
    await poll(() => body.inputValue()).toBe(first + second);
    await poll(() => focus(page)).toEqual({ field, address: null, caret: 0 });

    // A table edit after the typing: undo in the paragraph still takes its own bursts first.
    await nav(page, '三、收到和处理').click();
    await cell(page, b).click();
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await nav(page, '五、存在的主要问题').click();
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+z');
    await poll(() => body.inputValue()).toBe(first);
    await page.keyboard.press('Control+Shift+z');
    await poll(() => body.inputValue()).toBe(first + second);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await poll(() => body.inputValue()).toBe('');
    await poll(() => focus(page)).toEqual({ field, address: null, caret: 0 });

    // Nothing left in the paragraph: Ctrl+Z goes on with the draft's history, the table edit last made first.
    await page.keyboard.press('Control+z');
    await poll(() => focus(page)).toEqual({ field: null, address: b, caret: expect.any(Number) as number });
    await poll(() => cell(page, b).inputValue()).toBe('');
    await poll(() => cell(page, a).inputValue()).toBe('5');
    await page.keyboard.press('Control+z');
    await poll(() => cell(page, a).inputValue()).toBe('');
  }, 90_000);
});
