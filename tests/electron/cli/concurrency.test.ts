import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { lockFileOf, withFileLock } from '../../../electron/backend/fileLock';
import { withDraftLock } from '../../../electron/cli/draftFile';
import { CliError } from '../../../electron/cli/types';
import { cellIndex } from '../../../shared/templates';
import { repoRoot } from '../../helpers/drafts';

const run = promisify(execFile);
const CHILD = path.join(repoRoot, 'tests/electron/cli/helpers/parallelSet.ts');

async function cli(dir: string, ...argv: string[]) {
  let err = '';
  const code = await runCli(argv, { out: () => undefined, err: (t) => (err += t), cwd: dir });
  return { code, err };
}

describe('cli set: concurrent writers of one draft', () => {
  it('loses none of 100 concurrent sets from 4 processes, each setting a different cell', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-lock-'));
    expect((await cli(dir, 'new', '--year', '2024', '--agency', '某某局', '-o', 'd.json')).code).toBe(0);
    const cells = cellIndex('2021')
      .entered.filter((c) => c.kind === 'count' && !c.unitChoice)
      .map((c) => c.address)
      .slice(0, 100);
    expect(cells).toHaveLength(100);
    const lanes = [0, 1, 2, 3].map((lane) => cells.filter((_, i) => i % 4 === lane));
    const results = await Promise.all(
      lanes.map((lane) =>
        run(process.execPath, ['--import', 'tsx', CHILD, path.join(dir, 'd.json'), ...lane], {
          cwd: repoRoot,
          timeout: 120_000,
        }),
      ),
    );
    const codes = results.flatMap((r) => r.stdout.trim().split('\n'));
    expect(codes).toEqual(Array.from({ length: 100 }, () => '0'));
    const draft = JSON.parse(readFileSync(path.join(dir, 'd.json'), 'utf8'));
    expect(cells.filter((a) => draft.values[a] !== 1)).toEqual([]);
    // No lock or temp file is left behind.
    expect(readdirSync(dir)).toEqual(['d.json']);
  }, 180_000);

  it('waits for a lock held by a live process, and takes over one left by a dead process', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-lock-'));
    expect((await cli(dir, 'new', '--year', '2024', '--agency', '某某局', '-o', 'd.json')).code).toBe(0);
    const file = path.join(dir, 'd.json');
    // A lock left by a process that no longer runs (a CLI killed mid-write).
    const { stdout } = await run(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(lockFileOf(file), JSON.stringify({ pid: Number(stdout), host: os.hostname(), at: Date.now() }));
    expect((await cli(dir, 'set', 'd.json', 'applications.new.natural=2')).code).toBe(0);
    // Held by this live process: set waits until it is released, then writes.
    let release!: () => void;
    const held = withFileLock(file, () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 50));
    const waiting = cli(dir, 'set', 'd.json', 'applications.new.business=3');
    await new Promise((r) => setTimeout(r, 200));
    release();
    await held;
    expect((await waiting).code).toBe(0);
    const draft = JSON.parse(readFileSync(file, 'utf8'));
    expect(draft.values['applications.new.natural']).toBe(2);
    expect(draft.values['applications.new.business']).toBe(3);
  });

  it('gives up after a bounded wait with 「草稿正被另一程序修改」 and writes nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-lock-'));
    expect((await cli(dir, 'new', '--year', '2024', '--agency', '某某局', '-o', 'd.json')).code).toBe(0);
    const file = path.join(dir, 'd.json');
    const before = readFileSync(file, 'utf8');
    const outcome = await withFileLock(file, () =>
      withDraftLock(file, async () => 'not reached', 300).catch((err: Error) => err),
    );
    expect(outcome).toBeInstanceOf(CliError);
    expect((outcome as Error).message).toBe(`草稿正被另一程序修改：${file}（等待 0.3 秒后放弃，未写入任何修改）`);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('file lock: what is in the lock file’s place', () => {
  it('takes over a lock file that is a FIFO or garbage once it is old, without hanging', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-lock-'));
    const file = path.join(dir, 'd.json');
    writeFileSync(file, '{}');
    const old = new Date(Date.now() - 60_000);
    execFileSync('mkfifo', [lockFileOf(file)]);
    utimesSync(lockFileOf(file), old, old);
    await expect(withFileLock(file, async () => 'ran', { waitMs: 2000 })).resolves.toBe('ran');
    writeFileSync(lockFileOf(file), 'garbage');
    utimesSync(lockFileOf(file), old, old);
    await expect(withFileLock(file, async () => 'ran again', { waitMs: 2000 })).resolves.toBe('ran again');
    expect(readdirSync(dir)).toEqual(['d.json']);
  });
});
