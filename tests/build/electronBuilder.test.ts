import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, repo } from './buildApp';

const require = createRequire(import.meta.url);

interface Target {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  icon: string;
  extraMetadata: { main: string; homepage: string; author: { name: string; email: string } };
  electronFuses: Record<string, boolean>;
  win: { target: Target[]; requestedExecutionLevel: string };
  nsis: Record<string, unknown>;
  portable: Record<string, unknown>;
  linux: { target: Target[]; maintainer: string; category: string; executableName: string };
  deb: Record<string, unknown>;
}

const loadConfig = async (): Promise<BuilderConfig> =>
  JSON.parse(await readFile(path.join(repo, 'build', 'electron-builder.json'), 'utf8'));

const archsOf = (targets: Target[], name: string) =>
  targets
    .find((t) => t.target === name)
    ?.arch.slice()
    .sort();

describe('electron-builder configuration', () => {
  it('names the app 年报编制助手 with a reverse-domain app id', async () => {
    const config = await loadConfig();
    expect(config.productName).toBe('年报编制助手');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9]+)+$/);
    expect(config.asar).toBe(true);
    expect(config.extraMetadata.main).toBe('dist/electron/main.cjs');
  });

  it('publishes nowhere: no update server, so `npm run dist` never uploads and the app never phones home', async () => {
    const config = (await loadConfig()) as unknown as Record<string, unknown>;
    expect(config).toHaveProperty('publish', null);
  });

  it('builds a per-user NSIS installer (no admin, no elevation) and a portable build, for x64 and arm64', async () => {
    const config = await loadConfig();
    expect(archsOf(config.win.target, 'nsis')).toEqual(['arm64', 'x64']);
    expect(archsOf(config.win.target, 'portable')).toEqual(['arm64', 'x64']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.portable.requestExecutionLevel).toBe('user');
  });

  it('builds deb and AppImage for x64 and arm64, with the homepage and maintainer a deb needs', async () => {
    const config = await loadConfig();
    expect(archsOf(config.linux.target, 'deb')).toEqual(['arm64', 'x64']);
    expect(archsOf(config.linux.target, 'AppImage')).toEqual(['arm64', 'x64']);
    expect(config.extraMetadata.homepage).toMatch(/^https:\/\//);
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.linux.executableName).toMatch(/^[a-z-]+$/);
  });

  it('keeps the deb homepage and maintainer as obvious example.org placeholders and points nowhere invented', async () => {
    // The project has no public page or contact yet. example.org is reserved (RFC 2606), so nobody can mistake these
    // for real addresses; docs/security.md says to replace them before publishing (and then to update this test).
    const config = await loadConfig();
    expect(new URL(config.extraMetadata.homepage).hostname).toBe('example.org');
    expect(config.linux.maintainer).toMatch(/@example\.org>$/);
    expect(config.extraMetadata.author.email).toMatch(/@example\.org$/);
    const pkg = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;
    const builder = config as unknown as Record<string, unknown>;
    for (const field of ['repository', 'bugs', 'homepage']) {
      expect(pkg[field], `package.json ${field}`).toBeUndefined();
      expect(builder[field], `electron-builder ${field}`).toBeUndefined();
    }
    expect(config.extraMetadata).not.toHaveProperty('repository');
  });

  it('hardens the fuses: no RunAsNode, no NODE_OPTIONS, no inspect flags, app only from the asar', async () => {
    const { electronFuses } = await loadConfig();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('has a square PNG icon of at least 256 px', async () => {
    const config = await loadConfig();
    const png = await readFile(path.join(repo, config.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.readUInt32BE(16);
    expect(width).toBeGreaterThanOrEqual(256);
    expect(png.readUInt32BE(20)).toBe(width);
  });
});

// The fuse wire as Electron binaries carry it: sentinel, wire version 1, 8 fuses, all enabled to start with.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, CI: 'true' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('electron-builder --linux dir against a dummy Electron', () => {
  let work: string;
  let result: { code: number | null; output: string };
  let asarFiles: string[];
  const unpacked = () => path.join(work, 'out', 'linux-unpacked');

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'builder-'));
    const { project } = await buildApp(path.join(work, 'project'));
    const dist = path.join(project, 'dist');
    await cp(path.join(repo, 'build'), path.join(project, 'build'), { recursive: true });
    await symlink(path.join(repo, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    // Decoys that must never reach the package.
    for (const dir of ['tests', 'electron', 'shared', 'renderer', 'bench']) {
      await mkdir(path.join(project, dir), { recursive: true });
      await writeFile(path.join(project, dir, 'decoy.ts'), 'export {};');
    }
    await writeFile(path.join(dist, 'electron', 'main.cjs.map'), '{}');

    const electronDist = path.join(work, 'electron-dist');
    await mkdir(electronDist, { recursive: true });
    await writeFile(
      path.join(electronDist, 'electron'),
      Buffer.concat([Buffer.from(`#!/bin/sh\n${FUSE_SENTINEL}`), Buffer.from([1, 8]), Buffer.from('11111111\n')]),
      { mode: 0o755 },
    );
    await writeFile(path.join(electronDist, 'version'), '45.5.0');

    result = await run(
      path.join(repo, 'node_modules', '.bin', 'electron-builder'),
      [
        '--linux',
        'dir',
        '--x64',
        '--config',
        'build/electron-builder.json',
        `-c.electronDist=${electronDist}`,
        '-c.electronVersion=45.5.0',
        `-c.directories.output=${path.join(work, 'out')}`,
      ],
      project,
    );
    const asar = require('@electron/asar') as { listPackage: (p: string) => string[] };
    asarFiles = result.code === 0 ? asar.listPackage(path.join(unpacked(), 'resources', 'app.asar')) : [];
  }, 240_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('succeeds without downloading anything', () => {
    expect(result.output).not.toMatch(/downloading/i);
    expect(result.code, result.output).toBe(0);
  });

  it('packs the built main, preload, import and batch workers and renderer into app.asar', () => {
    expect(asarFiles).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        '/dist/electron/importWorker.cjs',
        '/dist/electron/batchWorker.cjs',
        '/dist/renderer/index.html',
      ]),
    );
    expect(asarFiles.some((f) => /^\/dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
  });

  it('packs nothing from tests/ or the source folders, no TypeScript, no source maps, no node_modules', () => {
    const stray = asarFiles.filter(
      (f) =>
        /^\/(tests|electron|shared|renderer|bench|build|src|node_modules)(\/|$)/.test(f) || /\.(ts|tsx|map)$/.test(f),
    );
    expect(stray).toEqual([]);
  });

  it('flips the fuses in the packaged binary', async () => {
    const binary = await readFile(path.join(unpacked(), 'report-studio'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 10).toString('ascii');
    // Order: RunAsNode, CookieEncryption, NODE_OPTIONS, inspect args, asar integrity, only-asar, V8 snapshot, file://.
    expect(wire).toBe('01001100');
  });
});
