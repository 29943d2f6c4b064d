import { describe, expect, it } from 'vitest';
import { applyCellInput } from '../../../shared/input';
import { unknownCellReason } from '../../../shared/templates';
import { createDraft } from '../../../shared/model';

const draft2019 = createDraft({ id: 'd', year: 2020, now: '2021-01-01T00:00:00Z' });
const draft2021 = createDraft({ id: 'd', year: 2024, now: '2025-01-01T00:00:00Z' });

describe('applyCellInput', () => {
  it('stores a parsed value and leaves the original draft untouched', () => {
    const result = applyCellInput(draft2021, 'applications.new.natural', '１８');
    expect(result.ok && result.draft.values['applications.new.natural']).toBe(18);
    expect(draft2021.values['applications.new.natural']).toBeUndefined();
  });

  it('clears a cell when the text is blank', () => {
    const filled = applyCellInput(draft2021, 'applications.new.natural', '3');
    if (!filled.ok) throw new Error(filled.reason);
    const cleared = applyCellInput(filled.draft, 'applications.new.natural', '');
    if (!cleared.ok) throw new Error(cleared.reason);
    expect('applications.new.natural' in cleared.draft.values).toBe(false);
  });

  it('refuses derived totals and addresses the format does not have', () => {
    const total = applyCellInput(draft2021, 'applications.total.natural', '3');
    expect(total).toMatchObject({ ok: false, reason: expect.stringContaining('合计') });
    expect(applyCellInput(draft2021, 'applications.otherHandling.natural', '1')).toEqual({
      ok: false,
      reason: unknownCellReason('2021', 'applications.otherHandling.natural'),
      unknown: true,
    });
    expect(applyCellInput(draft2019, 'applications.otherMisc.natural', '1')).toEqual({
      ok: false,
      reason: unknownCellReason('2019', 'applications.otherMisc.natural'),
      unknown: true,
    });
  });

  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'applications.__proto__.natural',
    'processingFees.__proto__',
    'processingFees.constructor',
  ])('refuses the address %j as no cell, leaving the draft as it was', (address) => {
    for (const draft of [draft2019, draft2021]) {
      const result = applyCellInput(draft, address, '5');
      expect(result).toEqual({ ok: false, reason: unknownCellReason(draft.format, address), unknown: true });
      expect(result.ok ? result.draft : draft).toBe(draft);
    }
    expect(unknownCellReason('2021', address)).toBe(
      `没有这个单元格：${address}（2021格式的单元格地址形如 applications.new.natural）`,
    );
  });

  it('stores the unit typed with a 2019 采购总金额 and refuses a unit that contradicts a fixed one', () => {
    const result = applyCellInput(draft2019, 'active.procurement.amount', '12.5万元');
    expect(result.ok && result.draft.values['active.procurement.amount']).toBe(12.5);
    expect(result.ok && result.draft.units['active.procurement.amount']).toBe('万元');
    expect(applyCellInput(draft2021, 'active.adminFees.amount', '3元')).toEqual({
      ok: false,
      reason: '该单元格的单位是万元，不能填写元',
    });
    const sameUnit = applyCellInput(draft2021, 'active.adminFees.amount', '3万元');
    expect(sameUnit.ok && sameUnit.draft.units).toEqual({});
  });

  it('fills the 2021 fee fields and refuses them on a 2019 draft', () => {
    const result = applyCellInput(draft2021, 'processingFees.noticeAmount', '120.5');
    expect(result.ok && result.draft.processingFees?.noticeAmount).toBe(120.5);
    expect(applyCellInput(draft2021, 'processingFees.collectedAmount', '80元')).toEqual({
      ok: false,
      reason: '“80元”不是数字',
    });
    expect(applyCellInput(draft2019, 'processingFees.noticeCount', '0')).toEqual({
      ok: false,
      reason: '2019格式没有信息处理费字段',
    });
  });
});

describe('applyCellInput: the 落款 fields', () => {
  const draft = () =>
    createDraft({ id: 's', year: 2024, format: '2021', agency: { name: '某局' }, now: '2025-01-01T00:00:00Z' });

  it('sets the 成文日期 from 2025-01-20 or 2025年1月20日 (full-width digits too), and clears it when empty', () => {
    for (const text of ['2025-01-20', '2025年1月20日', '２０２５年１月２０日', ' 2025-1-20 ']) {
      const result = applyCellInput(draft(), 'signature.date', text);
      expect(result.ok && result.draft.signature.date, text).toBe('2025-01-20');
    }
    const set = applyCellInput(draft(), 'signature.date', '2025-01-20');
    const cleared = set.ok ? applyCellInput(set.draft, 'signature.date', '') : set;
    expect(cleared.ok && cleared.draft.signature.date).toBeNull();
  });

  it('refuses what is not a date, or not a real day, with the reason', () => {
    const notDate = applyCellInput(draft(), 'signature.date', '明年一月');
    expect(!notDate.ok && notDate.reason).toContain('成文日期应写成 2025-01-20 或 2025年1月20日');
    const bad = applyCellInput(draft(), 'signature.date', '2025年2月30日');
    expect(!bad.ok && bad.reason).toContain('不是有效的日期');
  });

  it('sets the signing agency; empty goes back to the profile name', () => {
    const set = applyCellInput(draft(), 'signature.agency', '某局办公室');
    expect(set.ok && set.draft.signature.agency).toBe('某局办公室');
    const back = set.ok ? applyCellInput(set.draft, 'signature.agency', ' ') : set;
    expect(back.ok && back.draft.signature.agency).toBeNull();
  });
});
