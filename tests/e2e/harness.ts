/**
 * Shared by the e2e test and the ui benchmark: a fresh renderer build when the sources changed, the web test bridge
 * on a free loopback port, and Debian's Chromium driven by playwright-core (never a downloaded browser).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { startBridge } from '../../dev/serve-web';
import type { Bridge } from '../../dev/serve-web';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/renderer with vite unless it is newer than every renderer and shared source (`force`: always).
 * NODE_ENV is set explicitly: under Vitest it is "test", and vite would then bundle React's development build.
 */
export function ensureRendererBuild(force = false): void {
  const built = path.join(REPO, 'dist', 'renderer', 'index.html');
  const sources = Math.max(
    newestMtime(path.join(REPO, 'renderer')),
    newestMtime(path.join(REPO, 'shared')),
    statSync(path.join(REPO, 'vite.config.ts')).mtimeMs,
  );
  if (!force && existsSync(built) && statSync(built).mtimeMs > sources) return;
  execFileSync(
    process.execPath,
    [path.join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: REPO,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

export interface Session {
  readonly bridge: Bridge;
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export interface SessionOptions {
  readonly width?: number;
  readonly height?: number;
  readonly freshBuild?: boolean;
  /** A running bridge to use (closing the session leaves it running) instead of a new one. */
  readonly bridge?: Bridge;
  /** false: the page stays on about:blank, so the first navigation of a fresh profile can be timed. */
  readonly openHome?: boolean;
}

/** A fresh Chromium profile (a new user-data-dir) on the bridge, its page on the bridge's home page. */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  ensureRendererBuild(options.freshBuild ?? false);
  const shared = options.bridge;
  const bridge = shared ?? (await startBridge({ port: 0 }));
  const closeBridge = () => (shared ? Promise.resolve() : bridge.close());
  const profile = mkdtempSync(path.join(os.tmpdir(), 'report-studio-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
      locale: 'zh-CN',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (err) {
    await closeBridge();
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  if (options.openHome ?? true) await page.goto(bridge.url);
  return {
    bridge,
    context,
    page,
    async close() {
      await context.close();
      await closeBridge();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`page errors:\n${errors.join('\n')}`);
    },
  };
}

/** Test-only bridge endpoints (import file, simulated save failure). */
export async function bridgeControl(bridge: Bridge, what: string, body: unknown): Promise<void> {
  const res = await fetch(new URL(`__test/${what}`, bridge.url), { method: 'POST', body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`bridge control ${what}: ${res.status}`);
}
