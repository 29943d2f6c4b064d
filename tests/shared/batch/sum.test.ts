import { describe, expect, it } from 'vitest';
import { sumDrafts } from '../../../shared/batch';
import type { SumInput } from '../../../shared/batch';
import { createDraft } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { cellIndex } from '../../../shared/templates';
import { filledDraft, NOW } from '../../helpers/drafts';

const options = { id: 'total', now: NOW, agency: '某某县人民政府' };

function dept(name: string, scale: number, format: '2019' | '2021' = '2021', year?: number): Draft {
  const d = filledDraft(format, year);
  const values: Record<string, number | null> = {};
  for (const [address, v] of Object.entries(d.values)) values[address] = v === null ? null : v * scale;
  return { ...d, agency: { ...d.agency, name }, values };
}

describe('sum', () => {
  it('adds three drafts cell by cell into one draft of the same year and format, narrative left empty', () => {
    const inputs: SumInput[] = [
      { file: 'a.json', draft: dept('某某县教育局', 1) },
      { file: 'b.json', draft: dept('某某县财政局', 2) },
      { file: 'c.json', draft: dept('某某县公安局', 5) },
    ];
    inputs[2]!.draft.values['applications.new.natural'] = null;
    const result = sumDrafts(inputs, options);
    if (!result.ok) throw new Error(result.reason);
    const { draft } = result;
    expect([draft.year, draft.format, draft.agency.name, draft.agency.kind]).toEqual([
      2024,
      '2021',
      '某某县人民政府',
      'government',
    ]);
    for (const cell of cellIndex('2021').entered) {
      const parts = inputs.map((i) => i.draft.values[cell.address] ?? null).filter((v) => v !== null);
      const expected = parts.length ? parts.reduce((s, v) => s + v, 0) : null;
      expect({ cell: cell.address, value: draft.values[cell.address] ?? null }).toEqual({
        cell: cell.address,
        value: expected === null ? null : Math.round(expected * 1e6) / 1e6,
      });
    }
    expect(draft.processingFees).toMatchObject({ noticeCount: 0, collectedAmount: 0 });
    expect(draft.narrative.problems.flatMap((s) => s.paragraphs).join('')).toBe('');
  });

  it('keeps a cell empty in every report empty, not 0', () => {
    const a = createDraft({ id: 'a', year: 2024, agency: { name: '甲局' }, now: NOW });
    const b = createDraft({ id: 'b', year: 2024, agency: { name: '乙局' }, now: NOW });
    a.values['applications.new.natural'] = 3;
    const result = sumDrafts(
      [
        { file: 'a', draft: a },
        { file: 'b', draft: b },
      ],
      options,
    );
    expect(result.ok && result.draft.values).toEqual({ 'applications.new.natural': 3 });
  });

  it('refuses mixed formats, naming the files of each', () => {
    const result = sumDrafts(
      [
        { file: 'a.json', draft: dept('甲局', 1, '2021', 2024) },
        { file: 'b.txt', draft: dept('乙局', 1, '2019', 2024) },
        { file: 'c.json', draft: dept('丙局', 1, '2021', 2024) },
      ],
      options,
    );
    expect(result).toEqual({
      ok: false,
      reason: '报告所用的格式不一致，不能汇总：2021年格式：a.json、c.json；2019年格式：b.txt',
    });
  });

  it('refuses mixed years and the same agency twice', () => {
    const years = sumDrafts(
      [
        { file: 'a.json', draft: dept('甲局', 1, '2021', 2023) },
        { file: 'b.json', draft: dept('乙局', 1, '2021', 2024) },
      ],
      options,
    );
    expect(years).toEqual({ ok: false, reason: '报告的年度不一致，不能汇总：2023年：a.json；2024年：b.json' });
    const twice = sumDrafts(
      [
        { file: 'a.json', draft: dept('甲局', 1) },
        { file: 'a2.json', draft: dept(' 甲局', 2) },
      ],
      options,
    );
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.reason).toContain('a.json、a2.json');
  });

  it('adds 元 and 万元 of the 2019 采购总金额 in 元', () => {
    const address = cellIndex('2019').entered.find((c) => c.unitChoice)!.address;
    const a = dept('甲局', 1, '2019');
    const b = dept('乙局', 1, '2019');
    a.values[address] = 500;
    b.values[address] = 2;
    b.units[address] = '万元';
    const result = sumDrafts(
      [
        { file: 'a', draft: a },
        { file: 'b', draft: b },
      ],
      options,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.draft.values[address]).toBe(20500);
    expect(result.draft.units[address]).toBeUndefined();
  });

  it('lists every cell, totals included, per agency beside the sum in the breakdown', () => {
    const result = sumDrafts(
      [
        { file: 'a.json', draft: dept('甲局', 1) },
        { file: 'b.json', draft: dept('乙局', 3) },
      ],
      options,
    );
    if (!result.ok) throw new Error(result.reason);
    const { breakdown } = result;
    expect(breakdown.headers).toEqual(['表', '单元格', '名称', '甲局', '乙局', '合计']);
    expect(breakdown.rows).toHaveLength(cellIndex('2021').all.length + 3);
    for (const row of breakdown.rows) {
      const [a, b, total] = row.slice(3) as [number | null, number | null, number | null];
      if (a !== null && b !== null) expect(total).toBeCloseTo(a + b, 6);
    }
    const derived = cellIndex('2021').derived[0]!;
    expect(breakdown.rows.find((r) => r[1] === derived.address)).toBeDefined();
  });
});
