import { describe, expect, it } from 'vitest';
import { batchExitCode, batchSheets, buildBatchReport, pairWithPrevious } from '../../../shared/batch';
import type { ReadOk, ReadResult } from '../../../shared/batch';
import type { Draft } from '../../../shared/model';
import { checkDraft } from '../../../shared/rules';
import { cellIndex } from '../../../shared/templates';
import { filledDraft } from '../../helpers/drafts';

const ok = (file: string, draft: Draft, hash = file): ReadOk => ({
  ok: true,
  file,
  hash,
  source: 'draft',
  draft,
  coverage: null,
});
const bad = (file: string, reason: string): ReadResult => ({ ok: false, file, hash: file, reason });

function agencyDraft(name: string, year = 2024): Draft {
  const d = filledDraft('2021', year);
  return { ...d, agency: { ...d.agency, name } };
}

describe('batch report', () => {
  it('gives every file a row, the unreadable ones with their reason, and counts errors per rule', () => {
    const broken = agencyDraft('某某县财政局');
    broken.values = { ...broken.values, 'applications.new.natural': broken.values['applications.new.natural']! + 3 };
    const report = buildBatchReport([
      ok('a.json', agencyDraft('某某县教育局')),
      bad('b.docx', '该文件的扩展名是 .docx，但内容不是 Word 文档'),
      ok('c.json', broken),
    ]);
    expect(report.rows.map((r) => [r.file, r.read, r.reason])).toEqual([
      ['a.json', true, ''],
      ['b.docx', false, '该文件的扩展名是 .docx，但内容不是 Word 文档'],
      ['c.json', true, ''],
    ]);
    expect(report.rows[0]!.errors).toBe(0);
    expect(report.rows[2]!.errors).toBe(1);
    expect(report.rows[2]!.byRule.get('applications.balance')).toBe(1);
    expect(report.ruleIds).toContain('applications.balance');
    expect(report.rows[0]!.cellsFound).toBe(cellIndex('2021').entered.length);
    expect(report.rows[0]!.deadline).toBe('2025年1月31日');
    expect(report.findings.find((f) => f.file === 'b.docx')).toMatchObject({
      rule: 'file.unreadable',
      severity: '错误',
    });
    const balance = report.findings.find((f) => f.rule === 'applications.balance')!;
    expect(balance).toMatchObject({
      file: 'c.json',
      agency: '某某县财政局',
      part: '三、收到和处理政府信息公开申请情况',
    });
    expect(balance.quoted).toContain('＝');
    expect(batchExitCode(report)).toBe(1);
  });

  it('lists a warning marked 已核实 with its reason and does not count it as open', () => {
    const plain = agencyDraft('某某县教育局');
    const warning = checkDraft(plain).find((f) => f.severity === 'warning')!;
    expect(warning).toBeDefined();
    const confirmed: Draft = {
      ...plain,
      confirmations: [{ key: warning.key, reason: '已与原始台账核对', confirmedAt: '2025-01-10T08:00:00Z' }],
    };
    const report = buildBatchReport([ok('a.json', plain), ok('b.json', confirmed)]);
    expect(report.rows[1]!.warnings).toBe((report.rows[0]!.warnings ?? 0) - 1);
    const row = report.findings.find((f) => f.file === 'b.json' && f.rule === warning.rule)!;
    expect(row.severity).toBe('已核实');
    expect(row.message).toContain('已与原始台账核对');
  });

  it('exits 0 only when every file was read without an error, and 2 when none was read', () => {
    expect(batchExitCode(buildBatchReport([ok('a.json', agencyDraft('甲局'))]))).toBe(0);
    expect(batchExitCode(buildBatchReport([ok('a.json', agencyDraft('甲局')), bad('x.txt', '空')]))).toBe(1);
    expect(batchExitCode(buildBatchReport([bad('x.txt', '空'), bad('y.txt', '空')]))).toBe(2);
  });

  it('notes a file with the same bytes as another, and a second report of one agency and year', () => {
    const report = buildBatchReport([
      ok('a.json', agencyDraft('甲局'), 'h1'),
      ok('copy.json', agencyDraft('甲局'), 'h1'),
      ok('other.json', agencyDraft(' 甲局 '), 'h2'),
      ok('b.json', agencyDraft('乙局'), 'h3'),
    ]);
    expect(report.rows.map((r) => r.notes)).toEqual([
      '',
      '与「a.json」内容完全相同（重复文件）',
      '与「a.json」是同一机关同一年度的报告',
      '',
    ]);
  });

  it('puts the numbers of the rows sheet in as numbers and adds one column per rule with findings', () => {
    const broken = agencyDraft('某某县财政局');
    broken.values = { ...broken.values, 'applications.new.natural': 999 };
    const [rows, findings] = batchSheets(buildBatchReport([ok('c.json', broken)]));
    const col = (name: string) => rows!.headers.indexOf(name);
    expect(rows!.rows[0]![col('年度')]).toBe(2024);
    expect(rows!.rows[0]![col('错误')]).toBe(1);
    expect(rows!.rows[0]![col('applications.balance')]).toBe(1);
    expect(findings!.headers).toEqual(['文件', '机关', '部分', '规则', '级别', '说明', '单元格', '单元格内容']);
  });
});

describe('pairing with last year', () => {
  it('pairs by agency name one year earlier, ignoring spaces and full-width letters', () => {
    const pairs = pairWithPrevious(
      [ok('2024/a.json', agencyDraft('某某县ＡＢ局', 2024)), ok('2024/b.json', agencyDraft('某某县乙局', 2024))],
      [
        ok('2023/a.json', agencyDraft('某某县 AB局', 2023)),
        ok('2022/a.json', agencyDraft('某某县AB局', 2022)),
        ok('2023/c.json', agencyDraft('某某县丙局', 2023)),
      ],
    );
    expect(pairs.get('2024/a.json')!.previous?.file).toBe('2023/a.json');
    expect(pairs.get('2024/b.json')!.previous).toBeNull();
  });

  it('runs the cross-year rules against the paired report', () => {
    const last = agencyDraft('某某县甲局', 2023);
    const current = agencyDraft('某某县甲局', 2024);
    current.values = { ...current.values, 'applications.carriedOver.natural': 77, 'applications.new.natural': 0 };
    const report = buildBatchReport([ok('2024.json', current)], { previous: [ok('2023.json', last)] });
    expect(report.rows[0]!.previous).toBe('2023.json');
    expect(report.findings.map((f) => f.rule)).toContain('crossYear.carriedOver');
  });

  it('pairs a name that only adds or drops the city in front when it is the only candidate, and says so', () => {
    const pairs = pairWithPrevious(
      [ok('2024.json', agencyDraft('淮安市洪泽区人民政府', 2024)), ok('b.json', agencyDraft('区人民政府', 2024))],
      [ok('2023.json', agencyDraft('洪泽区人民政府', 2023)), ok('c.json', agencyDraft('淮安市人民政府', 2023))],
    );
    expect(pairs.get('2024.json')).toEqual({
      previous: expect.objectContaining({ file: '2023.json' }),
      note: '上年报告按机关名称「洪泽区人民政府」配对（与「淮安市洪泽区人民政府」只差地名前缀），请核对',
    });
    // Short names end too many others' names: 区人民政府 pairs with nothing rather than with a guess.
    expect(pairs.get('b.json')!.previous).toBeNull();
  });

  it('uses none of several candidates and says which they were', () => {
    const pairs = pairWithPrevious(
      [ok('a.json', agencyDraft('甲局', 2024))],
      [ok('x.json', agencyDraft('甲局', 2023), 'x'), ok('y.json', agencyDraft('甲局', 2023), 'y')],
    );
    expect(pairs.get('a.json')).toEqual({ previous: null, note: '上年报告有2份（x.json、y.json），未作跨年度检查' });
  });
});
