/**
 * `npm run bench` prints every figure with the machine's details; `npm run bench -- --json` prints one JSON object
 * `{ "<figure>": { ... }, ... }` on stdout. Each file in bench/figures/ default-exports a list of figures; adding a
 * figure is adding a file. `npm run bench -- rules` runs only figures whose name starts with `rules`.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Figure, FigureResult } from './measure';

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
  return figures.filter((f) => filters.length === 0 || filters.some((p) => f.name.startsWith(p)));
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

const results: Record<string, FigureResult> = {};
if (!json) console.log(`machine: ${machine()}`);
for (const figure of await loadFigures()) {
  const result = await figure.run();
  results[figure.name] = result;
  if (!json) {
    const values = Object.entries(result)
      .map(([k, v]) => `${k}=${v}`)
      .join('  ');
    console.log(`${figure.name.padEnd(22)} ${values}${figure.target ? `   (target: ${figure.target})` : ''}`);
  }
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
