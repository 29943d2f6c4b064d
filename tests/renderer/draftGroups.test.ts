import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../shared/api/contract';
import { draftsByYear, sameYearDrafts } from '../../renderer/src/logic/draftGroups';

const summary = (id: string, year: number, updatedAt: string): DraftSummary => ({
  id,
  year,
  agency: '某局',
  format: '2021',
  name: id,
  title: id,
  updatedAt,
  damaged: false,
  problem: null,
  errorCount: 0,
  exportCount: 0,
  completeness: null,
});

describe('the home screen’s draft groups', () => {
  it('puts the newest report year first, and in a year the draft updated last first', () => {
    const groups = draftsByYear([
      summary('a', 2022, '2023-01-02T00:00:00.000Z'),
      summary('b', 2023, '2024-01-01T00:00:00.000Z'),
      summary('c', 2022, '2023-03-01T00:00:00.000Z'),
      summary('d', 2021, '2022-01-01T00:00:00.000Z'),
    ]);
    expect(groups.map(([year, list]) => [year, list.map((d) => d.id)])).toEqual([
      [2023, ['b']],
      [2022, ['c', 'a']],
      [2021, ['d']],
    ]);
  });

  it('has no group without drafts', () => {
    expect(draftsByYear([])).toEqual([]);
  });

  it('groups many drafts of one year quickly (no copy of the group per draft)', () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      summary(`d${i}`, 2024, new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString()),
    );
    const started = Date.now();
    const [[year, list] = [0, []]] = draftsByYear(many);
    expect(year).toBe(2024);
    expect(list).toHaveLength(50_000);
    expect(list[0]?.id).toBe('d49999');
    // Generous: copying the group per draft took tens of seconds here.
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('新建 for a year that already has a draft', () => {
  it('finds the same agency’s drafts of that year, last updated first, leaving damaged ones out', () => {
    const drafts = [
      summary('a', 2024, '2025-01-02'),
      summary('b', 2024, '2025-01-05'),
      { ...summary('c', 2024, '2025-01-09'), damaged: true },
      { ...summary('d', 2024, '2025-01-09'), agency: '另一局' },
      summary('e', 2023, '2025-01-09'),
    ];
    expect(sameYearDrafts(drafts, 2024, '某局').map((d) => d.id)).toEqual(['b', 'a']);
    expect(sameYearDrafts(drafts, 2022, '某局')).toEqual([]);
  });
});
