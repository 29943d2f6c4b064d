import { describe, expect, it } from 'vitest';
import { headingTopic, lastYearCells, matchSections } from '../../renderer/src/logic/lastYear';
import { createDraft } from '../../shared/model';
import type { Section } from '../../shared/model';
import { cellIndex } from '../../shared/templates';

const sec = (id: string, heading: string, text = ''): Section => ({ id, heading, paragraphs: [text] });

describe('对照上年', () => {
  it('gives last year’s value for every cell, totals computed, "—" where it was empty', () => {
    const previous = createDraft({ id: 'p', year: 2024, format: '2021', now: '2025-01-05T00:00:00.000Z' });
    const total = cellIndex('2021').derived.find((c) => c.sumOf!.includes('applications.new.natural'))!;
    const cells = lastYearCells({ ...previous, values: { 'applications.new.natural': 12 } });
    expect(cells.get('applications.new.natural')).toBe('12');
    expect(cells.get(total.address)).toBe('12');
    expect(cells.get('applications.new.business')).toBe('—');
    expect(cells.size).toBe(cellIndex('2021').all.length);
  });

  it('writes the unit after a 2019 money value', () => {
    const previous = createDraft({ id: 'p', year: 2020, format: '2019', now: '2021-01-05T00:00:00.000Z' });
    const money = cellIndex('2019').entered.find((c) => c.unitChoice)!;
    const cells = lastYearCells({ ...previous, values: { [money.address]: 3.5 }, units: { [money.address]: '万元' } });
    expect(cells.get(money.address)).toBe('3.5万元');
  });

  it('reads a heading’s topic without its numbering, spaces and end punctuation', () => {
    expect(headingTopic('（一）主动公开情况')).toBe('主动公开情况');
    expect(headingTopic('(3) 主动公开 情况。')).toBe('主动公开情况');
    expect(headingTopic('二、依申请公开')).toBe('依申请公开');
  });

  it('matches sub-sections by heading first, then the rest in order, and lists what last year had beyond', () => {
    const current = [sec('a', '（一）依申请公开'), sec('b', '（二）主动公开'), sec('c', ''), sec('d', '（四）新内容')];
    const previous = [
      sec('x', '（一）主动公开'),
      sec('y', '（二）依申请公开'),
      sec('z', '（三）监督保障'),
      sec('w', ''),
    ];
    const { beside, rest } = matchSections(current, previous);
    expect(beside.get('a')?.id).toBe('y');
    expect(beside.get('b')?.id).toBe('x');
    expect(beside.get('c')?.id).toBe('z');
    expect(beside.get('d')?.id).toBe('w');
    expect(rest).toEqual([]);
    const fewer = matchSections([sec('a', '主动公开')], previous);
    expect(fewer.beside.get('a')?.id).toBe('x');
    expect(fewer.rest.map((s) => s.id)).toEqual(['y', 'z', 'w']);
  });
});
