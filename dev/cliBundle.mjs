/**
 * The CLI as one built bundle (dist/cli/): plain Node starts it in a fraction of tsx's time, which is what makes a
 * single `npm run cli -- check` fast. Built with esbuild (tsx's own transpiler); npm packages stay external and load
 * from node_modules. `inputs.json` lists the sources it was built from, so the launcher can tell when it is stale.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = path.join(root, 'dist', 'cli');
export const bundlePath = path.join(outDir, 'cli.mjs');
const inputsPath = path.join(outDir, 'inputs.json');

/** Fresh when built after the last change to every source it was built from (and to package.json). */
export function isFresh() {
  try {
    const built = statSync(inputsPath).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsPath, 'utf8'));
    return [...inputs, 'package.json'].every((f) => statSync(path.join(root, f)).mtimeMs <= built);
  } catch {
    return false;
  }
}

/**
 * Builds into a private folder, then renames each file into place (the list of inputs last), so a CLI started
 * meanwhile, or a second build racing this one, never loads half a bundle.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const tmp = path.join(root, 'dist', `cli.tmp-${process.pid}`);
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: {
        cli: 'electron/cli.ts',
        batchWorker: 'electron/backend/batch/worker.ts',
        importWorker: 'electron/backend/importWorker.ts',
      },
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      metafile: true,
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
    writeFileSync(path.join(tmp, 'inputs.json'), `${JSON.stringify(inputs, null, 2)}\n`);
    mkdirSync(outDir, { recursive: true });
    for (const file of ['batchWorker.mjs', 'importWorker.mjs', 'cli.mjs', 'inputs.json']) {
      renameSync(path.join(tmp, file), path.join(outDir, file));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
