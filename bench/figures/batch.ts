/**
 * The 政务公开办's batch: 300 reports (the fixture reports, .docx exports and drafts, copied into nested folders)
 * through `batch` to .xlsx, as a user runs it (the built CLI, worker threads) — wall time and the process's peak
 * memory. And the cold start of one CLI command: `check` of one draft against `node -e 0`, as a ratio.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildReportDocx } from '../../shared/docx';
import { fullReport } from '../fullReport';
import { measureInterleaved, medianRatio, summarize } from '../measure';
import type { Figure } from '../measure';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const reports = path.join(root, 'tests', 'fixtures', 'reference', 'reports');
const draftFixture = path.join(root, 'tests', 'fixtures', 'drafts', '2020-quanzhou.json');
const launcher = path.join(root, 'dev', 'cli.mjs');
const REPORT_COUNT = 300;

/** The process prints its own peak resident memory (all threads) on exit; KB on Linux. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;

async function makeFolder(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-batch-'));
  const texts = readdirSync(reports).filter((f) => f.endsWith('.txt'));
  const docx = path.join(dir, 'export.docx');
  writeFileSync(docx, await buildReportDocx(fullReport()));
  const sources = [...texts.map((f) => path.join(reports, f)), docx, draftFixture];
  for (let i = 0; i < REPORT_COUNT; i++) {
    const src = sources[i % sources.length]!;
    // 区县 / 部门 folders, some reports at the top: the layouts a county's shared folder has.
    const sub = i % 5 === 0 ? '' : path.join(`县${i % 7}`, i % 3 ? `部门${i % 4}` : '');
    mkdirSync(path.join(dir, 'reports', sub), { recursive: true });
    copyFileSync(src, path.join(dir, 'reports', sub, `${String(i).padStart(3, '0')}-${path.basename(src)}`));
  }
  rmSync(docx);
  return dir;
}

let batchRun: Promise<{ wall: number[]; rssMb: number }> | null = null;

/** Three runs; the wall times and the largest peak memory. Built once, before timing (as after the first use). */
function batchRuns() {
  batchRun ??= (async () => {
    await run(process.execPath, [launcher, '--build']);
    const dir = await makeFolder();
    try {
      const wall: number[] = [];
      let rssKb = 0;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        const child = await run(
          process.execPath,
          ['--import', REPORT_RSS, launcher, 'batch', 'reports', '-o', `r${i}.xlsx`],
          { cwd: dir, env: { ...process.env, INIT_CWD: dir }, maxBuffer: 64 * 1024 * 1024 },
        ).catch((err: { stderr?: string; code?: number }) => {
          // Exit 1 (reports with errors or unreadable) is a normal batch result.
          if (err.code === 1 && err.stderr) return { stderr: err.stderr };
          throw err;
        });
        wall.push(performance.now() - start);
        rssKb = Math.max(rssKb, Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? NaN));
      }
      return { wall, rssMb: Math.round(rssKb / 1024) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return batchRun;
}

const figures: Figure[] = [
  {
    name: 'batch.300',
    run: async () => {
      const { wall } = await batchRuns();
      const s = summarize(wall);
      return { wall_ms: s.median_ms, max_ms: Math.round(Math.max(...wall)), reports: REPORT_COUNT };
    },
  },
  {
    name: 'batch.300.memory',
    run: async () => ({ mb: (await batchRuns()).rssMb }),
  },
  {
    // What `npm run cli -- check` runs once npm has started (npm's own start-up is the same for every script).
    name: 'cli.coldStart',
    run: async () => {
      await run(process.execPath, [launcher, '--build']);
      const { a, b } = await measureInterleaved(
        () => run(process.execPath, [launcher, 'check', draftFixture]),
        () => run(process.execPath, ['-e', '0']),
        { warmup: 2, iterations: 15 },
      );
      return { ratio: medianRatio(a, b), check_ms: summarize(a).median_ms, node_ms: summarize(b).median_ms };
    },
  },
];

export default figures;
