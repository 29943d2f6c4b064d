import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { parseDraftText } from '../../../shared/model';
import { repoRoot } from '../../helpers/drafts';

const FIXTURE = path.join(repoRoot, 'tests/fixtures/drafts/2020-quanzhou.json');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-'));
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

const readDraft = (file: string) => {
  const parsed = parseDraftText(readFileSync(path.join(dir, file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe('cli check', () => {
  it('exits 0 on the 2020 fixture', async () => {
    const { code, out } = await cli('check', FIXTURE);
    expect(code).toBe(0);
    expect(out).toContain('未发现错误');
  });

  it('exits 1 with an applications.balance finding naming the column after set breaks the balance', async () => {
    copyFileSync(FIXTURE, path.join(dir, 'q.json'));
    expect((await cli('set', 'q.json', 'applications.new.research=5')).code).toBe(0);
    const { code, out } = await cli('check', 'q.json');
    expect(code).toBe(1);
    expect(out).toMatch(/applications\.balance\t第三列（科研机构）：一\+二＝5，三（七）\+四＝0，相差5/);
  });

  it('prints the findings as JSON with --json', async () => {
    const { code, out } = await cli('check', FIXTURE, '--json');
    expect(code).toBe(0);
    // The fixture's prose says 同意公开 1 / 不予公开 1 where its table has 5 / 2, and it has no 成文日期 yet: warnings,
    // so the exit code stays 0.
    expect((JSON.parse(out) as { rule: string }[]).map((f) => f.rule)).toEqual([
      'export.signatureDate',
      'text.numbers',
      'text.numbers',
      'deadline',
    ]);
  });

  it('runs the cross-year rules against --previous', async () => {
    copyFileSync(FIXTURE, path.join(dir, 'last.json'));
    await cli('new', '--from', 'last.json', '-o', 'next.json');
    await cli('set', 'next.json', 'applications.carriedOver.natural=3');
    const { out } = await cli('check', 'next.json', '--previous', 'last.json');
    expect(out).toContain('crossYear.carriedOver');
  });

  it.each([
    ['a missing file', ['check', 'nope.json'], '找不到文件'],
    ['a damaged file', ['check', 'bad.json'], '不是有效的 JSON'],
    ['an unknown option', ['check', FIXTURE, '--fast'], '未知参数'],
    ['an unknown command', ['frobnicate'], '未知命令'],
    ['a target in a missing folder', ['new', '--year', '2024', '-o', 'no/such/dir/d.json'], '所在文件夹不存在'],
  ])('exits 2 with the reason on %s', async (_name, argv, reason) => {
    writeFileSync(path.join(dir, 'bad.json'), '{"schemaVersion": 1');
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err).toContain(reason);
  });
});

describe('cli cells', () => {
  const count = (out: string, table: string) => out.split('\n').filter((l) => l.startsWith(`${table}.`)).length;

  it('lists 161 applications and 15 litigation cells for a 2019 draft, derived totals included', async () => {
    const { code, out } = await cli('cells', FIXTURE);
    expect(code).toBe(0);
    expect(count(out, 'applications')).toBe(161);
    expect(count(out, 'litigation')).toBe(15);
    expect(out).toContain('applications.total.total\t18\n');
    expect(out.startsWith('active.regulations.made\t0\n')).toBe(true);
  });

  it('lists 175 applications and 15 litigation cells for a 2021 draft, empty ones with an empty value', async () => {
    await cli('new', '--format', '2021', '--year', '2024', '--agency', '某某局', '-o', 'd.json');
    const { out } = await cli('cells', 'd.json');
    expect(count(out, 'applications')).toBe(175);
    expect(count(out, 'litigation')).toBe(15);
    expect(out).toContain('applications.new.natural\t\n');
  });
});

describe('cli new and set', () => {
  it('creates a blank draft with the format, year and agency given', async () => {
    const { code } = await cli('new', '--format', '2021', '--year', '2024', '--agency', '某某局', '-o', 'd.json');
    expect(code).toBe(0);
    expect(readDraft('d.json')).toMatchObject({ format: '2021', year: 2024, agency: { name: '某某局' } });
  });

  it('picks the format from the year when none is given', async () => {
    await cli('new', '--year', '2020', '-o', 'd.json');
    expect(readDraft('d.json').format).toBe('2019');
  });

  it('carries over from last year’s draft with --from', async () => {
    const { code } = await cli('new', '--from', FIXTURE, '-o', 'next.json');
    expect(code).toBe(0);
    expect(readDraft('next.json')).toMatchObject({
      year: 2021,
      format: '2021',
      previous: { id: 'fixture-2020-quanzhou' },
    });
  });

  it('sets cells through the input parser (full-width digits, thousands separators, units)', async () => {
    await cli('new', '--year', '2020', '-o', 'd.json');
    const { code } = await cli(
      'set',
      'd.json',
      'applications.new.natural=１８',
      'active.procurement.amount=1,234.5万元',
    );
    expect(code).toBe(0);
    const draft = readDraft('d.json');
    expect(draft.values['applications.new.natural']).toBe(18);
    expect(draft.values['active.procurement.amount']).toBe(1234.5);
    expect(draft.units['active.procurement.amount']).toBe('万元');
  });

  it('refuses bad values with exit 2 and every reason, writing nothing', async () => {
    await cli('new', '--year', '2024', '-o', 'd.json');
    const before = readFileSync(path.join(dir, 'd.json'), 'utf8');
    const { code, err } = await cli(
      'set',
      'd.json',
      'applications.new.natural=5',
      'applications.new.business=1.5',
      'applications.new.research=abc',
    );
    expect(code).toBe(2);
    expect(err).toContain('applications.new.business：件数必须是整数');
    expect(err).toContain('applications.new.research：“abc”不是数字');
    expect(err).toContain('未写入任何修改');
    expect(readFileSync(path.join(dir, 'd.json'), 'utf8')).toBe(before);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'applications.__proto__.natural'])(
    'refuses the address %s as no cell with exit 2, writing nothing',
    async (address) => {
      await cli('new', '--year', '2024', '-o', 'd.json');
      const before = readFileSync(path.join(dir, 'd.json'), 'utf8');
      const { code, err } = await cli('set', 'd.json', `${address}=5`);
      expect(code).toBe(2);
      expect(err).toContain(`${address}：没有这个单元格：${address}（`);
      expect(err).toContain('全部单元格地址可用 cells d.json 列出');
      expect(readFileSync(path.join(dir, 'd.json'), 'utf8')).toBe(before);
    },
  );

  it('drops only the spaces around a value: "1 2 3" is refused, not read as 123', async () => {
    await cli('new', '--year', '2024', '-o', 'd.json');
    const refused = await cli('set', 'd.json', 'applications.new.natural=1 2 3');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('applications.new.natural：“1 2 3”中间有空格');
    expect(
      (await cli('set', 'd.json', 'applications.new.natural= 1,234 ', 'processingFees.noticeCount=１８')).code,
    ).toBe(0);
    expect(readDraft('d.json').values['applications.new.natural']).toBe(1234);
    expect(readDraft('d.json').processingFees?.noticeCount).toBe(18);
  });

  it('refuses to set a derived total', async () => {
    await cli('new', '--year', '2024', '-o', 'd.json');
    const { code, err } = await cli('set', 'd.json', 'applications.total.natural=5');
    expect(code).toBe(2);
    expect(err).toContain('合计');
  });
});

/** `npm run cli` typed in the user's own folder: relative paths must resolve there, not in the package. */
async function npmCli(userDir: string, ...args: string[]): Promise<number> {
  try {
    await promisify(execFile)('npm', ['--prefix', repoRoot, 'run', '--silent', 'cli', '--', ...args], { cwd: userDir });
    return 0;
  } catch (err) {
    return (err as { code: number }).code;
  }
}

describe('npm run cli, as a user runs it', () => {
  it('works straight from the sources with no build step, with exit codes 0, 1 and 2', async () => {
    expect(await npmCli(dir, 'new', '--year', '2024', '-o', 'x.json')).toBe(0);
    expect(await npmCli(dir, 'set', 'x.json', 'applications.new.natural=1')).toBe(0);
    expect(await npmCli(dir, 'check', FIXTURE)).toBe(0);
    expect(await npmCli(dir, 'check', 'x.json')).toBe(1);
    expect(await npmCli(dir, 'check', 'missing.json')).toBe(2);
    expect(existsSync(path.join(dir, 'x.json'))).toBe(true);
  }, 60_000);
});
