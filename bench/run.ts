/**
 * `npm run bench` prints every figure with its target and a pass/fail mark, and the machine's details;
 * `npm run bench -- --json` prints one JSON object `{ "<figure>": { ..., "target": { ... } }, ... }` on stdout.
 * Either way the exit code is 1 when a figure misses its target. Each file in bench/figures/ default-exports a list
 * of figures; adding a figure is adding a file (and its target to targets.ts). `npm run bench -- rules` runs only
 * figures whose name starts with `rules`.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Figure } from './measure';
import { checkTarget, TARGETS } from './targets';
import type { Verdict } from './targets';

const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));

const here = path.dirname(fileURLToPath(import.meta.url));
const figureDir = path.join(here, 'figures');

async function loadFigures(): Promise<Figure[]> {
  const files = readdirSync(figureDir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const figures: Figure[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(figureDir, file)).href)) as { default: Figure[] };
    figures.push(...mod.default);
  }
  // A target whose figure was renamed or removed would otherwise never be checked again.
  const names = new Set(figures.map((f) => f.name));
  const orphans = Object.keys(TARGETS).filter((name) => !names.has(name));
  if (orphans.length > 0) throw new Error(`targets.ts names figures that do not exist: ${orphans.join(', ')}`);
  return figures.filter((f) => filters.length === 0 || filters.some((p) => f.name.startsWith(p)));
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

const figures = await loadFigures();
const width = Math.max(0, ...figures.map((f) => f.name.length)) + 2;
const results: Record<string, Record<string, number | Verdict>> = {};
const missed: string[] = [];
if (!json) console.log(`machine: ${machine()}`);
for (const figure of figures) {
  const result = await figure.run();
  const target = TARGETS[figure.name];
  const verdict = target ? checkTarget(result, target) : undefined;
  if (verdict && !verdict.pass) missed.push(`${figure.name} (${verdict.target}, was ${verdict.value})`);
  results[figure.name] = verdict ? { ...result, target: verdict } : result;
  if (!json) {
    const values = Object.entries(result)
      .map(([k, v]) => `${k}=${v}`)
      .join('  ');
    const mark = verdict ? `${verdict.target}  ${verdict.pass ? '✓ pass' : '✗ FAIL'}` : '(baseline, no target)';
    console.log(`${figure.name.padEnd(width)}${values}   ${mark}`);
  }
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
else {
  const checked = figures.filter((f) => TARGETS[f.name]).length;
  console.log(
    `\ntargets met: ${checked - missed.length} of ${checked}${missed.length ? `; missed: ${missed.join('; ')}` : ''}`,
  );
}
if (missed.length > 0) process.exitCode = 1;
