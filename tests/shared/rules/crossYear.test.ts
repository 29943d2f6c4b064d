import { describe, expect, it } from 'vitest';
import { carryOver } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { checkDraft } from '../../../shared/rules';
import { filledDraft, loadDraftFixture, NOW } from '../../helpers/drafts';

const ofRule = (rule: string, findings: ReturnType<typeof checkDraft>) => findings.filter((f) => f.rule === rule);
const withValues = (draft: Draft, values: Record<string, number | null>): Draft => ({
  ...draft,
  values: { ...draft.values, ...values },
});

describe('crossYear.carriedOver', () => {
  it('passes when 上年结转 equals last year’s 结转下年度继续办理 (as carry-over sets it)', () => {
    const last = filledDraft('2021', 2023);
    const next = carryOver(last, { id: 'n', now: NOW });
    expect(ofRule('crossYear.carriedOver', checkDraft(next, { previous: last }))).toEqual([]);
  });

  it('warns per column when they differ, giving both numbers', () => {
    const last = filledDraft('2021', 2023);
    const next = withValues(carryOver(last, { id: 'n', now: NOW }), { 'applications.carriedOver.business': 7 });
    const findings = ofRule('crossYear.carriedOver', checkDraft(next, { previous: last }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', cells: ['applications.carriedOver.business'] });
    expect(findings[0]!.message).toContain('本年为7，2023年报告“四、结转下年度继续办理”为2');
  });

  it('does not run without a previous draft', () => {
    const next = withValues(filledDraft('2021'), { 'applications.carriedOver.business': 7 });
    expect(ofRule('crossYear.carriedOver', checkDraft(next))).toEqual([]);
  });
});

describe('crossYear.inForce (2021)', () => {
  const last = withValues(filledDraft('2021', 2023), { 'active.regulations.inForce': 10 });

  it('passes when 现行有效 = last year’s 现行有效 + 制发 − 废止', () => {
    const next = withValues(carryOver(last, { id: 'n', now: NOW }), {
      'active.regulations.issued': 3,
      'active.regulations.repealed': 1,
      'active.regulations.inForce': 12,
      'active.normativeDocs.inForce': last.values['active.normativeDocs.inForce']! + 0,
      'active.normativeDocs.issued': 0,
      'active.normativeDocs.repealed': 0,
    });
    expect(ofRule('crossYear.inForce', checkDraft(next, { previous: last }))).toEqual([]);
  });

  it('warns with the arithmetic when it does not add up', () => {
    const next = withValues(carryOver(last, { id: 'n', now: NOW }), {
      'active.regulations.issued': 3,
      'active.regulations.repealed': 1,
      'active.regulations.inForce': 15,
    });
    const finding = ofRule('crossYear.inForce', checkDraft(next, { previous: last })).find((f) =>
      f.cells.includes('active.regulations.inForce'),
    );
    expect(finding?.message).toContain('本年为15，而2023年现行有效件数10+本年制发件数3−本年废止件数1＝12');
  });
});

describe('crossYear.prevCount (2019)', () => {
  it('passes for a 2020 draft carried over from 2019 (上一年项目数量 prefilled)', () => {
    const last = withValues(loadDraftFixture('2020-quanzhou.json'), {});
    const year2019 = { ...last, year: 2019 };
    const next = carryOver(year2019, { id: 'n', now: NOW, format: '2019' });
    expect(next.values['active.penalty.prevCount']).toBe(21);
    expect(ofRule('crossYear.prevCount', checkDraft(next, { previous: year2019 }))).toEqual([]);
  });

  it('warns when 上一年项目数量 is not last year’s count plus its 本年增/减', () => {
    const last = { ...loadDraftFixture('2020-quanzhou.json'), year: 2019 };
    const next = withValues(carryOver(last, { id: 'n', now: NOW, format: '2019' }), { 'active.penalty.prevCount': 19 });
    const findings = ofRule('crossYear.prevCount', checkDraft(next, { previous: last }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('本年为19，而2019年上一年项目数量19+本年增/减2＝21');
  });
});

describe('crossYear.jump (note)', () => {
  const last = withValues(filledDraft('2021', 2023), {
    'active.penalty.decisions': 40,
    'active.licensing.decisions': 1,
  });
  const jump = (values: Record<string, number>) =>
    ofRule(
      'crossYear.jump',
      checkDraft(withValues(carryOver(last, { id: 'n', now: NOW }), { ...last.values, ...values }), { previous: last }),
    );

  it('notes a total that changed more than fivefold, naming it by its label with both years', () => {
    const findings = jump({ 'active.penalty.decisions': 400 });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', cells: ['active.penalty.decisions'], part: 'active' });
    expect(findings[0]!.message).toBe(
      '二、主动公开政府信息情况：行政处罚 本年处理决定数量本年为400，2023年为40，变化超过5倍，请确认不是笔误',
    );
  });

  it('notes a fall as well, and a total of table 三 by its row label', () => {
    expect(jump({ 'active.penalty.decisions': 7 })).toHaveLength(1);
    const lastNew = last.values['applications.new.natural']!;
    const findings = jump({ 'applications.new.natural': lastNew + 1000 });
    expect(findings.map((f) => f.cells)).toEqual([['applications.new.total']]);
  });

  it('leaves changes up to fivefold, or smaller than 10, alone', () => {
    expect(jump({})).toEqual([]);
    expect(jump({ 'active.penalty.decisions': 200 })).toEqual([]);
    expect(jump({ 'active.licensing.decisions': 9 })).toEqual([]);
    expect(jump({ 'active.licensing.decisions': 11 })).toHaveLength(1);
  });
});
