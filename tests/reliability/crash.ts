/**
 * The crash test: a child process saves a growing draft in a loop and is SIGKILLed at random moments. After every kill
 * the draft file must parse and equal either the last save the child confirmed or the one it was writing; every backup
 * must parse; the store must still list and open the draft. Several lanes (data folders) run side by side. Used by tests/reliability/crash.test.ts and
 * `npm run test:crash`.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'vite';
import { CRASH_DRAFT_ID, draftAt, seqOf } from './crashDraft';

export interface CrashReport {
  readonly kills: number;
  /** Draft files that did not parse as a draft after a kill: must be 0. */
  readonly unreadable: number;
  /** Draft files that parsed but were neither the last confirmed save nor the one in flight: must be 0. */
  readonly wrongContent: number;
  /** Backups or the index that did not parse: must be 0. */
  readonly unreadableSideFiles: number;
  /** Kills after which the file held the save in flight rather than the last confirmed one. */
  readonly inFlightLanded: number;
  readonly totalSaves: number;
  readonly problems: readonly string[];
}

const here = path.dirname(new URL(import.meta.url).pathname);

/** Bundles the child into `outDir/crash-child.mjs` (plain Node starts it in a fraction of tsx's time). */
export async function buildCrashChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      ssr: path.join(here, 'crashChild.ts'),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'esm', entryFileNames: 'crash-child.mjs', codeSplitting: false } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  return path.join(outDir, 'crash-child.mjs');
}

interface Round {
  readonly confirmed: number | null;
  readonly saves: number;
  readonly exitedEarly: string | null;
}

/** Starts the child, waits for its first confirmed save, then kills it after a random 0–`maxDelayMs` ms. */
function killRound(childScript: string, dataDir: string, maxDelayMs: number): Promise<Round> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [childScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let confirmed: number | null = null;
    let saves = 0;
    let buffer = '';
    let stderr = '';
    let armed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^saved (\d+)$/.exec(line);
        if (!m) continue;
        confirmed = Number(m[1]);
        saves++;
        if (!armed) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), Math.random() * maxDelayMs);
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    // 'close', not 'exit': every line the child printed before it died has been read by then.
    child.on('close', (_code, signal) => {
      resolve({ confirmed, saves, exitedEarly: signal === 'SIGKILL' ? null : `child exited on its own: ${stderr}` });
    });
  });
}

export interface CrashOptions {
  readonly childScript: string;
  /** Each lane gets its own data folder inside: `<workDir>/lane-<n>`. */
  readonly workDir: string;
  /** Kills in total, shared out between the lanes. */
  readonly kills: number;
  /**
   * Children killed side by side, each in its own data folder: most of a round is a Node process starting, so lanes
   * overlap that wait. Every kill is still one child, one data folder, checked on its own.
   */
  readonly lanes?: number;
  readonly maxDelayMs?: number;
  readonly onProgress?: (done: number) => void;
}

export interface CrashRun extends CrashReport {
  /** The data folder of each lane, for checks afterwards. */
  readonly dataDirs: readonly string[];
}

/** Runs `kills` kill rounds over `lanes` data folders at once and adds up what each lane found. */
export async function runCrashTest(options: CrashOptions): Promise<CrashRun> {
  const lanes = Math.max(1, Math.min(options.lanes ?? 3, options.kills));
  let done = 0;
  const dataDirs = Array.from({ length: lanes }, (_, i) => path.join(options.workDir, `lane-${i + 1}`));
  const reports = await Promise.all(
    dataDirs.map((dataDir, i) =>
      runLane({
        childScript: options.childScript,
        dataDir,
        // 300 kills over 3 lanes: 100 each; any remainder goes to the first lanes.
        kills: Math.floor(options.kills / lanes) + (i < options.kills % lanes ? 1 : 0),
        label: lanes > 1 ? `lane ${i + 1}, ` : '',
        maxDelayMs: options.maxDelayMs,
        onKill: () => options.onProgress?.(++done),
      }),
    ),
  );
  const sum = (
    key: 'kills' | 'unreadable' | 'wrongContent' | 'unreadableSideFiles' | 'inFlightLanded' | 'totalSaves',
  ) => reports.reduce((n, r) => n + r[key], 0);
  return {
    kills: sum('kills'),
    unreadable: sum('unreadable'),
    wrongContent: sum('wrongContent'),
    unreadableSideFiles: sum('unreadableSideFiles'),
    inFlightLanded: sum('inFlightLanded'),
    totalSaves: sum('totalSaves'),
    problems: reports.flatMap((r) => r.problems),
    dataDirs,
  };
}

/** One data folder, one child at a time: start, wait for its first save, kill at a random moment, check the files. */
async function runLane(options: {
  childScript: string;
  dataDir: string;
  kills: number;
  label: string;
  maxDelayMs?: number;
  onKill: () => void;
}): Promise<CrashReport> {
  const { childScript, dataDir, kills, label } = options;
  const draftFile = path.join(dataDir, 'drafts', `${CRASH_DRAFT_ID}.json`);
  const problems: string[] = [];
  let unreadable = 0;
  let wrongContent = 0;
  let unreadableSideFiles = 0;
  let inFlightLanded = 0;
  let totalSaves = 0;
  let lastOnDisk = 0;
  const parsedSideFiles = new Map<string, string>();

  for (let i = 0; i < kills; i++) {
    const round = await killRound(childScript, dataDir, options.maxDelayMs ?? 25);
    totalSaves += round.saves;
    options.onKill();
    if (round.exitedEarly) problems.push(`${label}kill ${i + 1}: ${round.exitedEarly}`);
    const confirmed = round.confirmed ?? lastOnDisk;

    let draft: { values: Record<string, number | null> };
    try {
      draft = JSON.parse(await readFile(draftFile, 'utf8'));
    } catch (err) {
      unreadable++;
      problems.push(`${label}kill ${i + 1}: draft unreadable: ${(err as Error).message}`);
      continue;
    }
    const seq = seqOf(draft);
    if (seq !== confirmed && seq !== confirmed + 1) {
      wrongContent++;
      problems.push(`${label}kill ${i + 1}: file holds save ${seq}, expected ${confirmed} or ${confirmed + 1}`);
    } else if (!isDeepStrictEqual(draft, draftAt(seq))) {
      wrongContent++;
      problems.push(`${label}kill ${i + 1}: file claims save ${seq} but its content differs`);
    }
    if (seq === confirmed + 1) inFlightLanded++;
    lastOnDisk = seq;

    const sideFiles = [path.join(dataDir, 'index.json')];
    const backupDir = path.join(dataDir, 'backups', CRASH_DRAFT_ID);
    for (const name of await readdir(backupDir).catch(() => [] as string[])) {
      if (!name.startsWith('.')) sideFiles.push(path.join(backupDir, name));
    }
    for (const file of sideFiles) {
      try {
        // A backup is written once and never again; one that parsed and has not changed since need not be re-read.
        const st = await stat(file);
        const stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
        if (parsedSideFiles.get(file) === stamp) continue;
        JSON.parse(await readFile(file, 'utf8'));
        parsedSideFiles.set(file, stamp);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        unreadableSideFiles++;
        problems.push(`${label}kill ${i + 1}: ${path.basename(file)} unreadable: ${(err as Error).message}`);
      }
    }
  }
  return { kills, unreadable, wrongContent, unreadableSideFiles, inFlightLanded, totalSaves, problems };
}
