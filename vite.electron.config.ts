import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The main process, the preload, the import worker and the 批量检查 worker, each bundled to ONE CommonJS file in
 * dist/electron/ (`vite build -c vite.electron.config.ts --mode main|preload|worker|batchWorker`). Separate builds,
 * because a sandboxed preload cannot `require` a shared chunk: it may only load `electron` and must be
 * self-contained; the import worker (electron/backend/importWorker.ts, run by importFile.ts) and the batch worker
 * (electron/backend/batch/worker.ts, run by batch/pool.ts) are loaded as code by main. Everything else (lowdb, zod,
 * docx, shared/) is bundled in, so the packaged app needs no node_modules.
 */
const ENTRIES: Record<string, { source: string; output: string }> = {
  main: { source: 'electron/main.ts', output: 'main' },
  preload: { source: 'electron/preload.ts', output: 'preload' },
  worker: { source: 'electron/backend/importWorker.ts', output: 'importWorker' },
  batchWorker: { source: 'electron/backend/batch/worker.ts', output: 'batchWorker' },
};

export default defineConfig(({ mode }) => {
  const { source, output } = ENTRIES[mode] ?? ENTRIES.main!;
  return {
    configFile: false,
    publicDir: false,
    build: {
      ssr: path.join(here, source),
      outDir: path.join(here, 'dist', 'electron'),
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: {
        external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { format: 'cjs', entryFileNames: `${output}.cjs`, codeSplitting: false },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  };
});
