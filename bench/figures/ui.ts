/**
 * Editor responsiveness on the production build in Debian's Chromium (playwright-core), over the web test bridge:
 * - ui.keystrokeCommit: keydown in table 三 → the DOM committed with the new totals and rule panel;
 * - ui.keystrokePaint: keydown in table 三 → after the next paint;
 * - ui.keystrokePaint.bareInput: the same keystrokes in a plain <input> the bench adds to the same page, nothing
 *   listening: what the browser alone costs, mostly the wait for the next frame (a baseline, no target);
 * - ui.keystrokePaint.overBareInput: the editor's own share, ui.keystrokePaint minus the bare input;
 * - ui.keystrokeCommit.narrative200k / ui.keystrokePaint.narrative200k: typing into a sub-section of part 一 that
 *   holds 200 000 characters (keydown → committed, → painted);
 * - ui.keystrokeCommit.narrative200k.bareTextarea: the same keystrokes in a plain <textarea> holding the same text,
 *   outside the editor: what Chromium alone spends on an edit of 200 000 characters (a baseline, no target);
 * - ui.keystrokeCommit.narrative200k.overBareTextarea: the editor's own share, narrative200k minus the bare textarea;
 * - ui.firstPaint: navigation → the editor with a full draft painted (table 三 open), reloaded in a warm browser;
 * - ui.firstPaint.cold: the same, as the first navigation of a fresh profile (new user-data-dir: no HTTP or code
 *   cache);
 * - ui.bundle: the editor's JS, gzipped (the lazily loaded preview chunk excluded).
 * Timing is read inside the page: the keydown's own timestamp, then the commit (a MutationObserver in the grid; in
 * text fields a microtask after the input event), then requestAnimationFrame + a message for "after the paint".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openSession, REPO } from '../../tests/e2e/harness';
import type { Session } from '../../tests/e2e/harness';
import type { Draft } from '../../shared/model';
import { fullReport, withLongNarrative } from '../fullReport';
import { difference, summarize } from '../measure';
import type { Figure, FigureResult } from '../measure';

const KEYSTROKES = 200;
/** Keystrokes per block when two fields take turns (even: each block ends as it began). */
const BLOCK = 10;
const LOADS = 15;
const COLD_LOADS = 7;
const NARRATIVE_CHARS = 200_000;
/** The first sub-section's text in a narrative part. */
const NARRATIVE_TEXT = '.narrative-part .section textarea';

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

/** A new draft on the bridge holding `content` (with the bridge's own id and creation time). */
async function saveNew(session: Session, content: (id: string, year: number) => Draft): Promise<string> {
  const draft = (await call(session, 'createDraft', [{ year: 2021, format: '2021' }])) as Draft;
  await call(session, 'saveDraft', [{ ...content(draft.id, draft.year), createdAt: draft.createdAt }]);
  return draft.id;
}

interface Sample {
  commit: number;
  paint: number;
}
interface Probe {
  __probe: { mode: 'mutation' | 'input'; samples: Sample[] };
}

/**
 * Installed in the page: one sample per keydown, resolved after the paint that follows its commit. In "mutation"
 * mode the commit is the first DOM change under the editor (the grid's new totals). In "input" mode it is a
 * microtask queued by a window listener of the input event: React's listener on its root runs first and commits a
 * controlled field's change before the microtasks it queued itself, which come before ours; an edit of text may
 * change no other DOM (and a bare input has nothing to commit). A macrotask there instead could land after the next
 * frame and add a whole frame to the paint.
 */
const PROBE = `(() => {
  const probe = { mode: 'mutation', samples: [], pending: null };
  window.__probe = probe;
  const committed = (p) => {
    p.commit = performance.now() - p.t0;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        probe.samples.push({ commit: p.commit, paint: performance.now() - p.t0 });
        probe.pending = null;
      };
      ch.port2.postMessage(0);
    });
  };
  window.addEventListener('keydown', (e) => {
    const now = performance.now();
    // The event's own timestamp includes input delivery; fall back to now if it is on another time base.
    const t0 = e.timeStamp > 0 && e.timeStamp <= now && now - e.timeStamp < 1000 ? e.timeStamp : now;
    probe.pending = { t0, commit: null };
  }, true);
  new MutationObserver(() => {
    const p = probe.pending;
    if (probe.mode === 'mutation' && p && p.commit === null) committed(p);
  }).observe(document.querySelector('.editor-body'), { subtree: true, childList: true, characterData: true, attributes: true });
  window.addEventListener('input', () => {
    const p = probe.pending;
    if (probe.mode === 'input' && p && p.commit === null) queueMicrotask(() => committed(p));
  });
})()`;

interface Typed {
  commit: number[];
  paint: number[];
}

/** `count` keystrokes, a digit then Backspace alternately, into whatever has the focus; one sample each. */
async function type(page: Page, mode: 'mutation' | 'input', count: number): Promise<Typed> {
  await page.evaluate((m) => {
    const probe = (globalThis as unknown as Probe).__probe;
    probe.mode = m;
    probe.samples = [];
  }, mode);
  const keys = ['5', 'Backspace'];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(keys[i % 2]!);
    await page.waitForFunction((n) => (globalThis as unknown as Probe).__probe.samples.length === n, i + 1, {
      polling: 'raf',
    });
  }
  const samples = (await page.evaluate('window.__probe.samples')) as Sample[];
  return { commit: samples.map((s) => s.commit), paint: samples.map((s) => s.paint) };
}

/** Clicks `selector`, then lets two frames pass so the focus change is painted before the first keystroke. */
async function focus(page: Page, selector: string): Promise<void> {
  await page.locator(selector).click();
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

interface Turn {
  focus: () => Promise<void>;
  mode: 'mutation' | 'input';
}

/**
 * KEYSTROKES keystrokes into each of two fields, the fields taking turns in blocks of BLOCK (so a busy moment of the
 * machine falls on both alike), each block after its focus; the first block of each is warm-up, not kept.
 */
async function takeTurns(page: Page, turns: readonly [Turn, Turn]): Promise<[Typed, Typed]> {
  const typed: [Typed, Typed] = [
    { commit: [], paint: [] },
    { commit: [], paint: [] },
  ];
  for (let block = 0; block <= KEYSTROKES / BLOCK; block++) {
    for (const [i, turn] of turns.entries()) {
      await turn.focus();
      const { commit, paint } = await type(page, turn.mode, BLOCK);
      if (block === 0) continue;
      typed[i]!.commit.push(...commit);
      typed[i]!.paint.push(...paint);
    }
  }
  return typed;
}

/** Focuses the text field `selector` with the caret in the middle of its text, then lets two frames pass. */
async function caretInTheMiddle(page: Page, selector: string): Promise<void> {
  await page.evaluate(`(() => {
    const text = document.querySelector(${JSON.stringify(selector)});
    text.focus();
    text.setSelectionRange(text.value.length >> 1, text.value.length >> 1);
  })()`);
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

/** Navigation → the editor's table 三 and rule panel painted, in ms from navigation start. */
async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return (await page.evaluate(
    `new Promise((resolve) => {
      const done = () => requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(0);
      });
      const check = () => (document.querySelector('table.grid .cell') && document.querySelector('.rule-panel') ? done() : requestAnimationFrame(check));
      check();
    })`,
  )) as number;
}

interface BrowserFigures {
  commit: FigureResult;
  paint: FigureResult;
  bare: FigureResult;
  overBare: FigureResult;
  narrativeCommit: FigureResult;
  bareTextarea: FigureResult;
  overBareTextarea: FigureResult;
  narrativePaint: FigureResult;
  firstPaint: FigureResult;
  coldFirstPaint: FigureResult;
}

let cached: Promise<BrowserFigures> | null = null;

function runBrowser() {
  cached ??= (async () => {
    // Always a fresh production build: the figures are about what ships.
    const session = await openSession({ freshBuild: true });
    try {
      const gridDraft = await saveNew(session, (id, year) => fullReport({ id, year }));
      const narrativeDraft = await saveNew(session, (id, year) =>
        withLongNarrative(fullReport({ id, year }), NARRATIVE_CHARS),
      );
      const url = `${session.bridge.url}#/draft/${gridDraft}/applications`;
      const { page } = session;

      // Warm: the same browser reloads the editor (the first two loads unmeasured).
      const loads: number[] = [];
      for (let i = 0; i < LOADS + 2; i++) {
        await page.goto('about:blank');
        const t = await firstPaint(page, url);
        if (i >= 2) loads.push(t);
      }

      // Table 三 (自然人 of 一: each keystroke changes the totals) and a plain <input> the bench adds to the same
      // page, outside the editor, with nothing listening but the probe, typed in turns.
      await page.evaluate(PROBE);
      await page.evaluate(`(() => {
        const input = document.createElement('input');
        input.id = 'bench-bare-input';
        input.setAttribute('style', 'position: fixed; left: 8px; bottom: 8px; z-index: 10000');
        document.body.append(input);
      })()`);
      const [grid, bare] = await takeTurns(page, [
        { focus: () => focus(page, '[data-address="applications.new.natural"]'), mode: 'mutation' },
        { focus: () => focus(page, '#bench-bare-input'), mode: 'input' },
      ]);

      // The long narrative: the caret in the middle of its 200 000 characters.
      await page.goto('about:blank');
      await page.goto(`${session.bridge.url}#/draft/${narrativeDraft}/overview`);
      const textarea = page.locator(NARRATIVE_TEXT).first();
      await textarea.waitFor();
      const textLength = () =>
        page.evaluate<number>(`document.querySelector(${JSON.stringify(NARRATIVE_TEXT)}).value.length`);
      const length = await textLength();
      if (length !== NARRATIVE_CHARS) throw new Error(`the long sub-section has ${length} characters`);
      // A plain <textarea> holding the same text, outside the editor: what Chromium alone spends on a keystroke in
      // 200 000 characters. The two take turns in blocks, as the grid and the bare input do.
      await page.evaluate(PROBE);
      await page.evaluate(`(() => {
        const text = document.querySelector(${JSON.stringify(NARRATIVE_TEXT)});
        const bare = document.createElement('textarea');
        bare.id = 'bench-bare-textarea';
        bare.value = text.value;
        bare.setAttribute('style', 'position: fixed; right: 8px; bottom: 8px; width: 400px; height: 200px; z-index: 10000');
        document.body.append(bare);
      })()`);
      const [narrative, bareText] = await takeTurns(page, [
        { focus: () => caretInTheMiddle(page, NARRATIVE_TEXT), mode: 'input' },
        { focus: () => caretInTheMiddle(page, '#bench-bare-textarea'), mode: 'input' },
      ]);
      // An even number of keystrokes, each digit then its Backspace: the text is back to its length.
      const after = await textLength();
      if (after !== NARRATIVE_CHARS) throw new Error(`typing left ${after} characters, not ${NARRATIVE_CHARS}`);
      await page.goto('about:blank');

      // Cold: a new browser on a fresh profile each time, its first navigation straight into the editor.
      const coldLoads: number[] = [];
      for (let i = 0; i < COLD_LOADS; i++) {
        const cold = await openSession({ bridge: session.bridge, openHome: false });
        try {
          coldLoads.push(await firstPaint(cold.page, url));
        } finally {
          await cold.close();
        }
      }

      const paint = summarize(grid.paint);
      const narrativeCommit = summarize(narrative.commit);
      const bareTextarea = summarize(bareText.commit);
      const barePaint = summarize(bare.paint);
      return {
        commit: summarize(grid.commit),
        paint,
        bare: barePaint,
        overBare: difference(paint, barePaint),
        narrativeCommit,
        bareTextarea,
        overBareTextarea: difference(narrativeCommit, bareTextarea),
        narrativePaint: summarize(narrative.paint),
        firstPaint: summarize(loads),
        coldFirstPaint: summarize(coldLoads),
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

const figure = (name: string, pick: (figures: BrowserFigures) => FigureResult): Figure => ({
  name,
  run: async () => pick(await runBrowser()),
});

const figures: Figure[] = [
  figure('ui.keystrokeCommit', (f) => f.commit),
  figure('ui.keystrokePaint', (f) => f.paint),
  figure('ui.keystrokePaint.bareInput', (f) => f.bare),
  figure('ui.keystrokePaint.overBareInput', (f) => f.overBare),
  figure('ui.keystrokeCommit.narrative200k', (f) => f.narrativeCommit),
  figure('ui.keystrokeCommit.narrative200k.bareTextarea', (f) => f.bareTextarea),
  figure('ui.keystrokeCommit.narrative200k.overBareTextarea', (f) => f.overBareTextarea),
  figure('ui.keystrokePaint.narrative200k', (f) => f.narrativePaint),
  figure('ui.firstPaint', (f) => f.firstPaint),
  figure('ui.firstPaint.cold', (f) => f.coldFirstPaint),
  // Read after the browser figures, which build dist/renderer when it is stale.
  figure('ui.bundle', () => bundleKb()),
];

export default figures;
