import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The main process and the preload, each bundled to ONE CommonJS file in dist/electron/ (`vite build -c
 * vite.electron.config.ts --mode main|preload`). Two builds, because a sandboxed preload cannot `require` a shared
 * chunk: it may only load `electron` and must be self-contained. Everything else (lowdb, zod, docx, shared/) is bundled
 * in, so the packaged app needs no node_modules.
 */
export default defineConfig(({ mode }) => {
  const entry = mode === 'preload' ? 'preload' : 'main';
  return {
    configFile: false,
    publicDir: false,
    build: {
      ssr: path.join(here, 'electron', `${entry}.ts`),
      outDir: path.join(here, 'dist', 'electron'),
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: {
        external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { format: 'cjs', entryFileNames: `${entry}.cjs`, codeSplitting: false },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  };
});
