import { describe, expect, it } from 'vitest';
import { gridModel } from '../../renderer/src/logic/gridModel';
import { pasteReportText, planPaste } from '../../renderer/src/logic/paste';
import { parseTsv } from '../../renderer/src/logic/tsv';
import { parseInputAt } from '../../shared/input';
import { createDraft } from '../../shared/model';
import { getFormat } from '../../shared/templates';

const draft = createDraft({ id: 'd1', year: 2021, now: '2022-01-05T00:00:00.000Z' });
const apps = gridModel(getFormat('2021').tables.applications);

describe('pasting a block into table 三', () => {
  it('fills from the focused cell to the right and down, through the shared parser', () => {
    const plan = planPaste(draft, apps, 'applications.new.natural', parseTsv('10\t２\t1,000\r\n3\t0\t\r\n'));
    expect(plan.updates).toEqual({
      'applications.new.natural': 10,
      'applications.new.business': 2,
      'applications.new.research': 1000,
      'applications.carriedOver.natural': 3,
      'applications.carriedOver.business': 0,
      'applications.carriedOver.research': null,
    });
    expect(plan.refused).toEqual([]);
  });

  it('lists every refused value under the table’s own row and column labels, with the parser reason', () => {
    const plan = planPaste(draft, apps, 'applications.new.natural', parseTsv('5\tabc\t-1\n'));
    expect(plan.updates).toEqual({ 'applications.new.natural': 5 });
    expect(plan.refused.map((r) => [r.address, r.at, r.text])).toEqual([
      ['applications.new.business', '一、本年新收政府信息公开申请数量 第二列（商业企业）', 'abc'],
      ['applications.new.research', '一、本年新收政府信息公开申请数量 第三列（科研机构）', '-1'],
    ]);
    expect(plan.refused[1]!.reason).toContain('负数');
  });

  it('names a value outside the table by its place in the pasted block', () => {
    const plan = planPaste(draft, apps, 'applications.carryForward.otherOrg', parseTsv('1\t2\t3\n4\n'));
    expect(plan.updates).toEqual({ 'applications.carryForward.otherOrg': 1 });
    // 2 lands on the derived total (differs from the computed 1), 3 and 4 are outside.
    expect(plan.refused.map((r) => [r.at, r.reason])).toEqual([
      ['粘贴内容第1行第3列', '超出表格范围'],
      ['粘贴内容第2行第1列', '超出表格范围'],
      ['四、结转下年度继续办理 第七列（总计）', '与程序计算的总计（1）不一致，未写入'],
    ]);
  });

  it('never writes a pasted 总计: one that agrees is only noted, one that disagrees is listed with the computed total', () => {
    const ok = planPaste(draft, apps, 'applications.new.natural', parseTsv('1\t1\t1\t1\t1\t1\t6'));
    expect(ok.refused).toEqual([]);
    expect(ok.updates).not.toHaveProperty('applications.new.total');
    expect(ok.totals).toEqual([{ address: 'applications.new.total', text: '6', computed: 6, agrees: true }]);
    const bad = planPaste(draft, apps, 'applications.new.natural', parseTsv('1\t1\t1\t1\t1\t1\t7'));
    expect(bad.totals).toEqual([{ address: 'applications.new.total', text: '7', computed: 6, agrees: false }]);
    expect(bad.refused).toEqual([
      {
        address: 'applications.new.total',
        at: '一、本年新收政府信息公开申请数量 第七列（总计）',
        text: '7',
        reason: '与程序计算的总计（6）不一致，未写入',
      },
    ]);
  });

  it('ignores empty cells that fall outside the table', () => {
    const plan = planPaste(draft, apps, 'applications.new.otherOrg', parseTsv('4\t\t\t'));
    expect(plan.refused).toEqual([]);
    expect(plan.accepted).toBe(1);
  });
});

describe('pasting and typing money with its unit', () => {
  const d2019 = createDraft({ id: 'd2', year: 2019, now: '2020-01-05T00:00:00.000Z' });
  const active2019 = gridModel(getFormat('2019').tables.active);
  const active2021 = gridModel(getFormat('2021').tables.active);

  it('takes "12.5万元" in 2019 采购总金额 as 12.5 with the unit 万元', () => {
    const plan = planPaste(d2019, active2019, 'active.procurement.projects', parseTsv('3\t12.5万元\r\n'));
    expect(plan.updates).toEqual({ 'active.procurement.projects': 3, 'active.procurement.amount': 12.5 });
    expect(plan.units).toEqual({ 'active.procurement.amount': '万元' });
    expect(parseInputAt(d2019.format, 'active.procurement.amount', '800元')).toEqual({
      ok: true,
      value: 800,
      unit: '元',
    });
    expect(parseInputAt(d2019.format, 'active.procurement.amount', '800')).toEqual({
      ok: true,
      value: 800,
      unit: null,
    });
  });

  it('accepts a negative 本年增/减 in 2019 and refuses a negative count, with the reason', () => {
    const plan = planPaste(d2019, active2019, 'active.licensing.prevCount', parseTsv('-1\t-2\t4\n'));
    expect(plan.updates).toEqual({ 'active.licensing.change': -2, 'active.licensing.decisions': 4 });
    expect(plan.refused.map((r) => r.reason)).toEqual([expect.stringContaining('件数不能为负数')]);
  });

  it('refuses a unit that contradicts the header (2021 收费金额 is in 万元)', () => {
    const draft2021 = createDraft({ id: 'd3', year: 2021, now: '2022-01-05T00:00:00.000Z' });
    expect(parseInputAt(draft2021.format, 'active.adminFees.amount', '3万元')).toEqual({
      ok: true,
      value: 3,
      unit: null,
    });
    const refused = planPaste(draft2021, active2021, 'active.adminFees.amount', parseTsv('3元'));
    expect(refused.refused.map((r) => r.reason)).toEqual([expect.stringContaining('单位是万元')]);
  });
});

describe('the paste report’s words', () => {
  it('says how many values were taken, and nothing else when all were', () => {
    const plan = planPaste(draft, apps, 'applications.new.natural', parseTsv('1\t2'));
    expect(pasteReportText(plan)).toEqual({ summary: '已粘贴 2 个值。', items: [] });
  });

  it('says plainly that pasted totals are computed, and that they agree', () => {
    const plan = planPaste(draft, apps, 'applications.new.natural', parseTsv('1\t1\t1\t1\t1\t1\t6'));
    expect(pasteReportText(plan)).toEqual({
      summary: '已粘贴 6 个值；粘贴的总计不会写入，由程序计算（与程序计算的一致）。',
      items: [],
    });
  });

  it('lists a disagreeing total and every refused value by the table’s labels', () => {
    const plan = planPaste(draft, apps, 'applications.new.natural', parseTsv('1\tabc\t1\t1\t1\t1\t9\t5'));
    expect(pasteReportText(plan)).toEqual({
      summary: '已粘贴 5 个值；粘贴的总计不会写入，由程序计算，其中 1 个与程序计算的不一致；2 个值未采用：',
      items: [
        expect.stringMatching(/^一、本年新收政府信息公开申请数量 第二列（商业企业）“abc”：/),
        '粘贴内容第1行第8列“5”：超出表格范围',
        '一、本年新收政府信息公开申请数量 第七列（总计）“9”：与程序计算的总计（5）不一致，未写入',
      ],
    });
  });
});
