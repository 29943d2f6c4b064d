import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { createDraft, SCHEMA_VERSION } from '../../../shared/model';
import { repoRoot } from '../../helpers/drafts';

const V0 = path.join(repoRoot, 'tests/electron/backend/store/fixtures/draft-v0.json');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-read-'));
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

const draft = (overrides: Record<string, unknown> = {}) => ({
  ...createDraft({
    id: 'd1',
    year: 2024,
    agency: { name: '某某局', kind: 'department' },
    now: '2025-01-02T08:00:00.000Z',
  }),
  ...overrides,
});

describe('cli: one draft reader with the store (migrations, versions, messages)', () => {
  it('checks a schemaVersion 0 draft, migrated in memory like the app does', async () => {
    const { code, out, err } = await cli('check', V0);
    expect(err).toBe('');
    expect(code).toBe(1); // the fixture has a balance error: read, not refused
    expect(out).toContain('applications.balance');
  });

  it('set on a schemaVersion 0 draft writes it back at the current version', async () => {
    copyFileSync(V0, path.join(dir, 'old.json'));
    expect((await cli('set', 'old.json', 'applications.new.natural=4')).code).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, 'old.json'), 'utf8'));
    expect(written.schemaVersion).toBe(SCHEMA_VERSION);
    expect(written.agency.name).toBe('某某县统计局');
    expect(written.values['applications.new.natural']).toBe(4);
  });

  it('refuses a draft from a newer version with a clear message naming both versions', async () => {
    writeFileSync(path.join(dir, 'new.json'), JSON.stringify(draft({ schemaVersion: SCHEMA_VERSION + 1 })));
    const { code, err } = await cli('check', 'new.json');
    expect(code).toBe(2);
    expect(err).toContain(`数据版本 ${SCHEMA_VERSION + 1}，本程序支持 ${SCHEMA_VERSION}`);
    expect(err).toContain('请升级本程序');
  });

  it('reports schema problems in Chinese, never in zod English', async () => {
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(draft({ year: 'x', agency: { kind: 'martian' } })));
    const { code, err } = await cli('check', 'bad.json');
    expect(code).toBe(2);
    expect(err).toContain('year：应为数字');
    expect(err).toContain('agency.name：缺少此项（应为文本）');
    expect(err).toMatch(/agency\.kind：应为以下之一：“government”、“department”/);
    expect(err).not.toMatch(/Invalid|expected|received/);
  });
});

describe('cli: only regular files are read as drafts', () => {
  it('refuses /dev/zero at once, naming it a device file', async () => {
    const { code, err } = await cli('check', '/dev/zero');
    expect(code).toBe(2);
    expect(err).toContain('这不是普通文件，而是设备文件');
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const { code, err } = await cli('check', 'pipe.json');
    expect(code).toBe(2);
    expect(err).toContain('管道（FIFO）');
  });

  it('never quotes the content of a file that is not a draft (a symlink to a system file)', async () => {
    writeFileSync(path.join(dir, 'secret.txt'), 'root:x:0:0:TOPSECRET:/root:/bin/bash\n');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'link.json'));
    const { code, err } = await cli('check', 'link.json');
    expect(code).toBe(2);
    expect(err).toContain('不是有效的 JSON');
    expect(err).not.toContain('root');
    expect(err).not.toContain('TOPSECRET');
  });

  it('refuses a draft file over the 20 MB limit, saying the limit', async () => {
    writeFileSync(path.join(dir, 'big.json'), Buffer.alloc(21 * 1024 * 1024, 0x20));
    const { code, err } = await cli('check', 'big.json');
    expect(code).toBe(2);
    expect(err).toContain('超过 20 MB 的上限');
  });
});
