/**
 * The app as `npm run build` makes it, built into a scratch project (the repo's own dist/ is left alone): the main
 * process, the preload and the import worker with vite.electron.config.ts, the renderer with vite.config.ts, and package.json beside them.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';

export const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export interface BuiltApp {
  readonly project: string;
  /** package.json's "main", as Electron reads it. */
  readonly main: string;
}

export async function buildApp(project: string): Promise<BuiltApp> {
  const dist = path.join(project, 'dist');
  for (const mode of ['main', 'preload', 'worker', 'batchWorker']) {
    await build({
      configFile: path.join(repo, 'vite.electron.config.ts'),
      mode,
      logLevel: 'silent',
      build: { outDir: path.join(dist, 'electron') },
    });
  }
  await build({
    configFile: path.join(repo, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: path.join(dist, 'renderer'), emptyOutDir: true },
  });
  await cp(path.join(repo, 'package.json'), path.join(project, 'package.json'));
  const pkg = JSON.parse(await readFile(path.join(project, 'package.json'), 'utf8')) as { main: string };
  return { project, main: pkg.main };
}
