import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import type { Finding } from '../../../shared/rules';
import { loadDraftFixture, repoRoot, reportsDir } from '../../helpers/drafts';

const FIXTURE = path.join(repoRoot, 'tests/fixtures/drafts/2020-quanzhou.json');
const REPORT_2020 = path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-check-'));
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

describe('cli check: the narrative rules', () => {
  it('lists text findings with the sentence’s place; warnings do not change the exit code', async () => {
    const { code, out } = await cli('check', FIXTURE);
    expect(code).toBe(0);
    const lines = out.split('\n').filter((l) => l.includes('\ttext.numbers\t'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^提醒\ttext\.numbers\t一、总体情况（二）依申请公开方面 第3段：.*而表三“（一）予以公开”总计为5件\t\[applications\.granted\.total\]\t\{overview 第3节第3段 字符0–\d+\}$/,
    );
    expect(out).toMatch(/未发现错误，\d+个提醒\n$/);
  });

  it('gives rule, severity, cells and, for text findings, part, paragraph and offsets with --json', async () => {
    const { out } = await cli('check', FIXTURE, '--json');
    const findings = JSON.parse(out) as Finding[];
    const [granted] = findings.filter((f) => f.rule === 'text.numbers');
    expect(granted).toMatchObject({
      rule: 'text.numbers',
      severity: 'warning',
      cells: ['applications.granted.total'],
      numbers: [1, 5],
      text: { part: 'overview', section: 2, paragraph: 2, start: 0 },
    });
    const draft = loadDraftFixture('2020-quanzhou.json');
    const { section, paragraph, start, end, quote } = granted!.text!;
    expect(draft.narrative.overview[section!]!.paragraphs[paragraph]!.slice(start, end)).toBe(quote);
    expect(typeof granted!.key).toBe('string');
  });

  it('imports a published last year’s report given as --previous (.txt) and compares the text with it', async () => {
    await cli('new', '--from', FIXTURE, '-o', 'next.json');
    const { code, out, err } = await cli('check', 'next.json', '--previous', REPORT_2020, '--json');
    expect(code).toBe(0);
    expect(err).toContain('已导入上年报告');
    const rules = new Set((JSON.parse(out) as Finding[]).map((f) => f.rule));
    expect(rules).toContain('text.unchanged');
    expect(rules).toContain('text.staleYear');
  });

  it('reads last year’s exported .docx as --previous too', async () => {
    copyFileSync(FIXTURE, path.join(dir, 'last.json'));
    expect((await cli('export', 'last.json', '-o', 'last.docx')).code).toBe(0);
    await cli('new', '--from', 'last.json', '-o', 'next.json');
    const { out } = await cli('check', 'next.json', '--previous', 'last.docx');
    expect(out).toMatch(/\ttext\.unchanged\t一、总体情况 第1段与2020年报告相同/);
  });

  it('exits 2 with the reason when --previous cannot be read', async () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const { code, err } = await cli('check', FIXTURE, '--previous', 'empty.txt');
    expect(code).toBe(2);
    expect(err).toContain('无法读取上年报告：文件是空的');
    expect((await cli('check', FIXTURE, '--previous', 'missing.docx')).err).toContain('找不到文件');
    expect(readFileSync(FIXTURE, 'utf8')).toContain('fixture-2020-quanzhou');
  });
});

describe('cli check: findings marked 已核实', () => {
  /** The fixture with its 同意公开 finding (prose 1, table 5) confirmed, written to the temp folder. */
  async function confirmedFixture(): Promise<{ file: string; key: string }> {
    const { out } = await cli('check', FIXTURE, '--json');
    const granted = (JSON.parse(out) as Finding[]).find((f) => f.rule === 'text.numbers' && f.numbers?.[1] === 5)!;
    const draft = loadDraftFixture('2020-quanzhou.json');
    const confirmations = [{ key: granted.key, reason: '表中含转办件', confirmedAt: '2026-12-01T00:00:00.000Z' }];
    const file = path.join(dir, 'confirmed.json');
    writeFileSync(file, JSON.stringify({ ...draft, confirmations }));
    return { file, key: granted.key };
  }

  it('lists a confirmed finding in its own 已核实 block with the reason, not among the open warnings', async () => {
    const { file } = await confirmedFixture();
    const before = await cli('check', FIXTURE);
    const { code, out } = await cli('check', file);
    expect(code).toBe(0);
    const [open, confirmed] = out.split(/^已核实（1个，不计入提醒）：$/m);
    expect(open!.split('\n').filter((l) => l.includes('\ttext.numbers\t'))).toHaveLength(1);
    expect(confirmed).toMatch(/^\n已核实\t提醒\ttext\.numbers\t.*“同意公开1件”.*\t理由：表中含转办件$/m);
    const warnings = (text: string) => Number(/(\d+)个提醒/.exec(text)![1]);
    expect(warnings(out)).toBe(warnings(before.out) - 1);
    expect(out).toMatch(/，1个已核实\n$/);
  });

  it('marks each finding confirmed or not with --json, with the reason and time of a confirmed one', async () => {
    const { file, key } = await confirmedFixture();
    const findings = JSON.parse((await cli('check', file, '--json')).out) as (Finding & {
      confirmed: boolean;
      reason?: string;
    })[];
    expect(findings.filter((f) => f.confirmed)).toEqual([
      expect.objectContaining({
        key,
        confirmed: true,
        reason: '表中含转办件',
        confirmedAt: '2026-12-01T00:00:00.000Z',
      }),
    ]);
    expect(findings.filter((f) => !f.confirmed).every((f) => f.confirmed === false && !('reason' in f))).toBe(true);
  });

  it('ignores a confirmation whose finding has changed: the finding is open again', async () => {
    const { file } = await confirmedFixture();
    const draft = JSON.parse(readFileSync(file, 'utf8')) as { values: Record<string, number> };
    draft.values['applications.granted.natural'] = 4;
    writeFileSync(file, JSON.stringify(draft));
    const { out } = await cli('check', file);
    expect(out).not.toContain('已核实');
    expect(out).toMatch(/^提醒\ttext\.numbers\t.*“同意公开1件”，而表三“（一）予以公开”总计为4件/m);
  });

  it('keeps a confirmed deadline note confirmed although its days left change daily', async () => {
    const { out } = await cli('check', FIXTURE, '--json');
    const deadline = (JSON.parse(out) as Finding[]).find((f) => f.rule === 'deadline')!;
    expect(deadline.key).not.toContain('天');
    const draft = loadDraftFixture('2020-quanzhou.json');
    const confirmations = [{ key: deadline.key, reason: '已报经同意延期', confirmedAt: '2026-12-01T00:00:00.000Z' }];
    writeFileSync(path.join(dir, 'late.json'), JSON.stringify({ ...draft, confirmations }));
    expect((await cli('check', 'late.json')).out).toMatch(/^已核实\t提醒\tdeadline\t.*\t理由：已报经同意延期$/m);
  });
});

describe('cli check: the printed title', () => {
  it('notes (说明, exit code unchanged) a title that departs from the official pattern, in text and in --json', async () => {
    const draft = { ...loadDraftFixture('2020-quanzhou.json'), title: '第二稿（给办公室审）', name: '第二稿' };
    writeFileSync(path.join(dir, 'renamed.json'), JSON.stringify(draft));
    const text = await cli('check', 'renamed.json');
    const plain = await cli('check', FIXTURE);
    expect(text.code).toBe(plain.code);
    expect(text.out).toMatch(
      /^说明\ttitle\.pattern\t标题与规定的格式不同：规定的标题格式为“<机关名称><年份>年政府信息公开工作年度报告”/m,
    );
    expect(plain.out).not.toContain('title.pattern');
    const findings = JSON.parse((await cli('check', 'renamed.json', '--json')).out) as Finding[];
    expect(findings.filter((f) => f.rule === 'title.pattern')).toEqual([
      expect.objectContaining({ severity: 'info', cells: [], message: expect.stringContaining(draft.agency.name) }),
    ]);
  });
});
