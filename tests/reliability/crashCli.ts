/**
 * `npm run test:crash [-- <kills> [<lanes>]]`: the crash test on its own, with progress and a report (Vitest runs the same test
 * as part of `npm test`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildCrashChild, runCrashTest } from './crash';

const kills = Number(process.argv[2] ?? 300);
const lanes = Number(process.argv[3] ?? 3);
const work = await mkdtemp(path.join(os.tmpdir(), 'crash-test-'));
try {
  const childScript = await buildCrashChild(path.join(work, 'bin'));
  const started = performance.now();
  const report = await runCrashTest({
    childScript,
    workDir: path.join(work, 'data'),
    kills,
    lanes,
    onProgress: (done) => {
      if (done % 50 === 0) process.stdout.write(`${done}/${kills} kills\n`);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `kills=${report.kills} lanes=${lanes} unreadable=${report.unreadable} wrongContent=${report.wrongContent} ` +
      `unreadableSideFiles=${report.unreadableSideFiles} inFlightLanded=${report.inFlightLanded} ` +
      `saves=${report.totalSaves} (${seconds} s)`,
  );
  for (const p of report.problems) console.log(`  ${p}`);
  process.exitCode = report.unreadable + report.wrongContent + report.unreadableSideFiles === 0 ? 0 : 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
