import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/model';
import { bytesOf, importAs, reportsDir } from './helpers';

function imported(file: string): { draft: Draft; doubts: readonly string[] } {
  const outcome = importAs(file, bytesOf(path.join(reportsDir, file)));
  if (!outcome.ok) throw new Error(outcome.reason);
  return { draft: outcome.draft, doubts: outcome.coverage.doubts };
}

const text = (draft: Draft, part: 'overview' | 'problems' | 'other') =>
  draft.narrative[part]
    .flatMap((s) => [s.heading, ...s.paragraphs])
    .filter(Boolean)
    .join('\n');

describe('narrative parts of real reports', () => {
  it('finds part 五 when the report inserts words into its heading (五、政府信息公开工作存在的主要问题及改进情况)', () => {
    const { draft, doubts } = imported('2025-shuyang-county.txt');
    expect(text(draft, 'problems')).toMatch(/^2025年，我县县政府信息公开工作在服务群众/);
    expect(text(draft, 'problems')).toContain('切实提升群众参与感和满意度。');
    expect(doubts.join('\n')).not.toContain('五、存在的主要问题及改进情况');
    // The text of 五 is not left in 一.
    expect(text(draft, 'overview')).not.toContain('仍存在短板');
  });

  it('drops Markdown heading marks from narrative lines (### 一是从严日常管理。)', () => {
    const { draft } = imported('2025-shuyang-county.txt');
    const all = (['overview', 'problems', 'other'] as const).map((p) => text(draft, p)).join('\n');
    expect(all).toContain('一是从严日常管理。');
    expect(all).not.toMatch(/#/);
  });

  it.each([
    ['2024-shanghai-kewei.txt', '（一）主要问题', '政务公开专栏改版工作正在有序进行中。'],
    ['2025-shanghai-office.txt', '（一）2024年工作中存在问题的改进情况', '“阅办联动”'],
  ])(
    '%s: part 五 printed without its heading is taken from the sub-sections after table 四, with a doubt',
    (file, firstHeading, laterText) => {
      const { draft, doubts } = imported(file);
      expect(draft.narrative.problems[0]!.heading).toBe(firstHeading);
      expect(text(draft, 'problems')).toContain(laterText);
      expect(doubts).toContainEqual(
        expect.stringMatching(
          new RegExp(`未找到「五、存在的主要问题及改进情况」的标题；表四之后从「${firstHeading}」起`),
        ),
      );
      // 六 still starts where the report's own 六 heading is.
      expect(text(draft, 'other')).not.toContain(firstHeading);
    },
  );

  it('takes part 五 from the first text after table 四, not a sub-heading of 四 printed before the table', () => {
    const source = readFileSync(path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt'), 'utf8');
    const edited = source
      .replace(/^\s*五、存在的主要问题及改进情况\s*$/m, '')
      .replace(/^(\s*四、政府信息公开行政复议、行政诉讼情况\s*)$/m, '$1\n（一）行政复议和行政诉讼情况');
    const outcome = importAs('quanzhou.txt', edited);
    if (!outcome.ok) throw new Error(outcome.reason);
    const problems = outcome.draft.narrative.problems;
    expect(problems[0]!.heading).toBe('');
    expect(problems[0]!.paragraphs[0]).toMatch(/^在当前进一步推进政府信息公开/);
    expect(problems.map((s) => s.heading)).not.toContain('（一）行政复议和行政诉讼情况');
    expect(outcome.coverage.doubts).toContainEqual(
      expect.stringMatching(/表四之后从「在当前进一步推进政府信息公开.*…」起/),
    );
    expect(outcome.complete).toBe(true);
  });
});
