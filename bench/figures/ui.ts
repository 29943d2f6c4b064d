/**
 * Editor responsiveness on the production build in Debian's Chromium (playwright-core), over the web test bridge:
 * - ui.keystrokeCommit: keydown in table 三 → the DOM committed with the new totals and rule panel;
 * - ui.keystrokePaint: keydown → after the next paint;
 * - ui.firstPaint: navigation → the editor with a full draft painted (table 三 open);
 * - ui.bundle: the editor's JS, gzipped (the lazily loaded preview chunk excluded).
 * Timing is read inside the page: the keydown's own timestamp, a MutationObserver for the commit, and
 * requestAnimationFrame + a message for "after the paint".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openSession, REPO } from '../../tests/e2e/harness';
import type { Session } from '../../tests/e2e/harness';
import type { Draft } from '../../shared/model';
import { fullReport } from '../fullReport';
import { summarize } from '../measure';
import type { Figure, FigureResult } from '../measure';

const KEYSTROKES = 200;
const WARMUP = 20;
const LOADS = 15;

async function call(session: Session, method: string, args: unknown[]): Promise<unknown> {
  const res = await fetch(new URL(`api/${method}`, session.bridge.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ args }),
  });
  const body = (await res.json()) as { value?: unknown; message?: string };
  if (!res.ok) throw new Error(`${method}: ${body.message}`);
  return body.value;
}

interface Probe {
  __samples: { commit: number; paint: number }[];
}

/** Installed in the page: one sample per keydown, resolved after the paint that follows its commit. */
const PROBE = `(() => {
  const root = document.querySelector('.editor-body');
  let pending = null;
  window.__samples = [];
  window.addEventListener('keydown', (e) => {
    const now = performance.now();
    // The event's own timestamp includes input delivery; fall back to now if it is on another time base.
    const t0 = e.timeStamp > 0 && e.timeStamp <= now && now - e.timeStamp < 1000 ? e.timeStamp : now;
    pending = { t0, commit: null };
  }, true);
  new MutationObserver(() => {
    const p = pending;
    if (!p || p.commit !== null) return;
    p.commit = performance.now() - p.t0;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        window.__samples.push({ commit: p.commit, paint: performance.now() - p.t0 });
        pending = null;
      };
      ch.port2.postMessage(0);
    });
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

let cached: Promise<{ commit: FigureResult; paint: FigureResult; firstPaint: FigureResult }> | null = null;

function runBrowser() {
  cached ??= (async () => {
    // Always a fresh production build: the figures are about what ships.
    const session = await openSession({ freshBuild: true });
    try {
      const draft = (await call(session, 'createDraft', [{ year: 2021, format: '2021' }])) as Draft;
      await call(session, 'saveDraft', [
        { ...fullReport({ id: draft.id, year: draft.year }), createdAt: draft.createdAt },
      ]);
      const url = `${session.bridge.url}#/draft/${draft.id}/applications`;
      const { page } = session;

      // First paint of the editor with a full draft, from navigation (time origin = navigation start).
      const loads: number[] = [];
      for (let i = 0; i < LOADS + 2; i++) {
        await page.goto('about:blank');
        await page.goto(url);
        const t = await page.evaluate(
          `new Promise((resolve) => {
            const done = () => requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve(performance.now());
              ch.port2.postMessage(0);
            });
            const check = () => (document.querySelector('table.grid .cell') && document.querySelector('.rule-panel') ? done() : requestAnimationFrame(check));
            check();
          })`,
        );
        if (i >= 2) loads.push(t as number);
      }

      // Keystrokes in table 三: a digit then Backspace, alternately, in 自然人 of 一; each one changes the totals.
      await page.locator('[data-address="applications.new.natural"]').click();
      await page.evaluate(PROBE);
      const keys = ['5', 'Backspace'];
      for (let i = 0; i < WARMUP + KEYSTROKES; i++) {
        await page.keyboard.press(keys[i % 2]!);
        await page.waitForFunction((n) => (globalThis as unknown as Probe).__samples.length === n, i + 1, {
          polling: 'raf',
        });
      }
      const samples = (await page.evaluate('window.__samples')) as { commit: number; paint: number }[];
      const measured = samples.slice(WARMUP);
      return {
        commit: summarize(measured.map((s) => s.commit)),
        paint: summarize(measured.map((s) => s.paint)),
        firstPaint: summarize(loads),
      };
    } finally {
      await session.close();
    }
  })();
  return cached;
}

function bundleKb(): FigureResult {
  const assets = path.join(REPO, 'dist', 'renderer', 'assets');
  let editor = 0;
  let preview = 0;
  for (const file of readdirSync(assets)) {
    if (!file.endsWith('.js')) continue;
    const gz = gzipSync(readFileSync(path.join(assets, file)), { level: 9 }).length;
    if (file.startsWith('docx-preview')) preview += gz;
    else editor += gz;
  }
  if (preview === 0) throw new Error('the preview code is not in a chunk of its own');
  return { kb: Math.round((editor / 1024) * 10) / 10 };
}

const figures: Figure[] = [
  { name: 'ui.keystrokeCommit', target: 'p95 ≤ 5 ms', run: async () => (await runBrowser()).commit },
  { name: 'ui.keystrokePaint', target: 'p95 ≤ 25 ms', run: async () => (await runBrowser()).paint },
  { name: 'ui.firstPaint', target: 'median ≤ 300 ms', run: async () => (await runBrowser()).firstPaint },
  // Read after the browser figures, which build dist/renderer when it is stale.
  {
    name: 'ui.bundle',
    target: 'editor JS gzipped ≤ 250 KB',
    run: async () => {
      await runBrowser();
      return bundleKb();
    },
  },
];

export default figures;
