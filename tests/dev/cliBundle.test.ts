import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDraftText } from '../../shared/model';
import { repoRoot, reportsDir } from '../helpers/drafts';
import { readFileSync } from 'node:fs';

const run = promisify(execFile);

/** `npm run cli` as a user runs it: the built bundle in dist/cli, not the TypeScript sources the other tests use. */
async function bundledCli(...argv: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(repoRoot, 'dev', 'cli.mjs'), ...argv], {
      cwd: repoRoot,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the bundled CLI (npm run cli)', () => {
  it('imports a published report through its bundled import worker', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-bundle-'));
    const out = path.join(dir, 'd.json');
    const { code, stderr } = await bundledCli(
      'import',
      path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt'),
      '-o',
      out,
    );
    expect(stderr).not.toContain('导入程序出错');
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const parsed = parseDraftText(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.value.values['applications.new.natural']).toBe(18);
  }, 60_000);
});
