import { describe, expect, it } from 'vitest';
import { navItems, refusedByPart } from '../../renderer/src/logic/partNav';
import { getFormat } from '../../shared/templates';

describe('the editor’s part navigation', () => {
  it('lists 标题与引言 first, then every part of the format under its heading', () => {
    const items = navItems(getFormat('2021'));
    expect(items.map((i) => i.id)).toEqual([
      'front',
      'overview',
      'active',
      'applications',
      'litigation',
      'problems',
      'other',
    ]);
    expect(items[0]?.label).toBe('标题与引言');
    expect(items[3]?.label).toBe('三、收到和处理政府信息公开申请情况');
  });

  it('counts refused inputs at the part they were typed in: a cell at its table, a fee field at 六', () => {
    expect(
      refusedByPart([
        'applications.granted.natural',
        'applications.carriedOver.business',
        'active.procurement.amount',
        'processingFees.noticeCount',
      ]),
    ).toEqual({ applications: 2, active: 1, other: 1 });
  });

  it('counts nothing when no input is refused', () => {
    expect(refusedByPart([])).toEqual({});
  });
});
