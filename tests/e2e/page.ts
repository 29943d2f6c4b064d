/**
 * What the e2e tests do to a page, written once: where screenshots go, polling, finding a cell or a part, and a real
 * paste event. (The session itself — build, bridge, browser — is harness.ts.)
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { REPO } from './harness';

/** Screenshots to look at after a run (ignored by git). */
export const LOOK = path.join(REPO, '.tmp', 'screenshots');
/** Where the screenshots shown in docs/ are written: docs/ itself with UPDATE_SCREENSHOTS=1, else LOOK. */
export const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(REPO, 'docs') : LOOK;
mkdirSync(LOOK, { recursive: true });

export const poll = <T>(fn: () => T | Promise<T>, options: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: options.timeout ?? 8000, interval: 50 });

export const cell = (page: Page, address: string) => page.locator(`[data-address="${address}"]`);
export const nav = (page: Page, label: string) => page.locator('.part-nav button', { hasText: label });
/** The address of the focused grid cell, or null. */
export const focused = (page: Page) =>
  page.evaluate<string | null>("document.activeElement?.getAttribute('data-address') ?? null");

/** A real paste event with a clipboard payload, as Excel, WPS, Word or a browser put it on the clipboard. */
export async function pasteText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((el, data) => {
    // Runs in the page (this project's Node types have no DOM).
    const g = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => Event;
    };
    const dt = new g.DataTransfer();
    dt.setData('text/plain', data);
    el.dispatchEvent(new g.ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

/** Clicks the grid cell, then pastes `text` into it. */
export async function paste(page: Page, address: string, text: string): Promise<void> {
  await cell(page, address).click();
  await pasteText(page, `[data-address="${address}"]`, text);
}

/** From the home screen (reloaded), 新建 a draft of `year` through the form, as a user does; waits for the editor. */
export async function newDraft(page: Page, year: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, ''));
  await page.locator('.home').waitFor();
  await page.getByLabel('报告年度').fill(year);
  await poll(() => page.getByLabel('格式').inputValue()).not.toBe('');
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await page.locator('.editor').waitFor();
}
