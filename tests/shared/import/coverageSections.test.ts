import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageLines, coverageSections } from '../../../shared/import';
import type { Coverage } from '../../../shared/import';
import { cellIndex } from '../../../shared/templates';
import { bytesOf, importAs, reportsDir } from './helpers';

const entered = cellIndex('2021').entered.map((c) => c.address);
const newRow = entered.filter((a) => a.startsWith('applications.new.'));

/** Every entered cell found except `missing`; `recovered` and `doubts` as given. */
function coverage(missing: string[], recovered: string[] = [], doubts: string[] = []): Coverage {
  return {
    format: '2021',
    found: entered.filter((a) => !missing.includes(a)),
    blank: [],
    missing,
    notPrinted: [],
    recovered,
    doubts,
  };
}

describe('coverage sections (the import screen’s structured report)', () => {
  it('groups missing and recovered cells by printed row, naming the row once and its columns', () => {
    const sections = coverageSections(
      coverage(['applications.new.natural', 'applications.new.research'], newRow, ['表三合计不符']),
    );
    expect(sections.doubts).toEqual(['表三合计不符']);
    expect(sections.missingCount).toBe(2);
    expect(sections.missing).toEqual([
      {
        table: 'applications',
        where: '表三「一、本年新收政府信息公开申请数量」',
        columns: ['第一列（自然人）', '第三列（科研机构）'],
        whole: false,
        addresses: ['applications.new.natural', 'applications.new.research'],
      },
    ]);
    expect(sections.recovered).toMatchObject([{ whole: true, addresses: newRow }]);
    expect(sections.recoveredCount).toBe(newRow.length);
  });

  it('counts the found cells per table, so the screen can collapse them under one line', () => {
    const sections = coverageSections(coverage(['applications.new.natural']));
    expect(sections.foundCount).toBe(entered.length - 1);
    expect(sections.tables.map((t) => [t.table, t.total - t.found])).toEqual([
      ['active', 0],
      ['applications', 1],
      ['litigation', 0],
    ]);
    expect(sections.found.flatMap((row) => row.addresses)).toHaveLength(entered.length - 1);
    expect(sections.formatName).toContain('2021');
  });

  it('has nothing that needs action for a report read completely', () => {
    const outcome = importAs('r.txt', bytesOf(path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt')));
    if (!outcome.ok) throw new Error(outcome.reason);
    const sections = coverageSections(outcome.coverage);
    expect([sections.doubts, sections.missing, sections.recovered]).toEqual([[], [], []]);
  });

  it('says the same as the CLI’s coverage lines, from the same rows', () => {
    const cov = coverage(['applications.new.natural'], newRow.slice(1), ['某疑点']);
    const lines = coverageLines(cov);
    const sections = coverageSections(cov);
    expect(lines).toContain(`未找到 1 格（导入后为空，请对照原报告填写）：`);
    expect(lines).toContain(`  ${sections.missing[0]!.where}：${sections.missing[0]!.columns.join('、')}`);
    expect(lines).toContain('疑点：某疑点');
  });
});
