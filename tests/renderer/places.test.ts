import { describe, expect, it } from 'vitest';
import {
  addSection,
  moveSection,
  removeSection,
  setCell,
  setFees,
  setUnit,
  updateSection,
} from '../../renderer/src/logic/edits';
import { changedPlace, inputLabel, inputPlace, placePart } from '../../renderer/src/logic/places';
import { createDraft } from '../../shared/model';

const d2021 = createDraft({ id: 'p1', year: 2021, now: '2022-01-05T00:00:00.000Z' });
const d2019 = createDraft({ id: 'p2', year: 2019, now: '2020-01-05T00:00:00.000Z' });

describe('the place an undo or redo changed', () => {
  it('is nothing when the drafts are the same', () => {
    expect(changedPlace(d2021, d2021)).toBeNull();
    expect(changedPlace(d2021, { ...d2021 })).toBeNull();
  });

  it('is the changed cell, in either direction, and a changed unit is its cell', () => {
    const after = setCell(d2021, 'applications.granted.business', 3);
    expect(changedPlace(d2021, after)).toEqual({ kind: 'cell', address: 'applications.granted.business' });
    expect(changedPlace(after, d2021)).toEqual({ kind: 'cell', address: 'applications.granted.business' });
    const unit = setUnit(d2019, 'active.procurement.amount', '万元');
    expect(changedPlace(d2019, unit)).toEqual({ kind: 'cell', address: 'active.procurement.amount' });
  });

  it('is the first changed cell in the order the editor shows them (table 二 before 三)', () => {
    const after = setCell(setCell(d2021, 'applications.new.natural', 1), 'active.regulations.issued', 2);
    expect(changedPlace(d2021, after)).toEqual({ kind: 'cell', address: 'active.regulations.issued' });
  });

  it('is the fee field or the fee sentence', () => {
    expect(changedPlace(d2021, setFees(d2021, { noticeAmount: 10 }))).toEqual({
      kind: 'fee',
      address: 'processingFees.noticeAmount',
    });
    expect(changedPlace(d2021, setFees(d2021, { sentence: '本年度未收取信息处理费。' }))).toEqual({
      kind: 'fee',
      address: 'processingFees.sentence',
    });
  });

  it('is the sub-section whose heading or text changed, the one added back, or the one moved', () => {
    const first = d2021.narrative.overview[0]!;
    const second = d2021.narrative.overview[1]!;
    const text = updateSection(d2021, 'overview', second.id, { paragraphs: ['全年收到申请5件。'] });
    expect(changedPlace(d2021, text)).toEqual({ kind: 'section', part: 'overview', section: second.id, field: 'text' });
    const heading = updateSection(d2021, 'overview', first.id, { heading: '（一）主动公开情况' });
    expect(changedPlace(heading, d2021)).toEqual({
      kind: 'section',
      part: 'overview',
      section: first.id,
      field: 'heading',
    });
    const removed = removeSection(d2021, 'overview', second.id);
    expect(changedPlace(removed, d2021)).toEqual({
      kind: 'section',
      part: 'overview',
      section: second.id,
      field: 'heading',
    });
    const moved = moveSection(d2021, 'overview', second.id, -1);
    expect(changedPlace(d2021, moved)).toMatchObject({ kind: 'section', part: 'overview', section: second.id });
    const added = addSection(d2021, 'problems', 1);
    const last = removeSection(added, 'problems', added.narrative.problems[1]!.id);
    expect(changedPlace(added, last)).toEqual({ kind: 'part', part: 'problems' });
  });

  it('is the field of 标题与引言 that changed', () => {
    expect(changedPlace(d2021, { ...d2021, opening: '自由文本' })).toEqual({ kind: 'front', field: 'opening' });
    expect(changedPlace(d2021, { ...d2021, title: '标题' })).toEqual({ kind: 'front', field: 'title' });
    expect(changedPlace(d2021, { ...d2021, agency: { ...d2021.agency, name: '某局' } })).toEqual({
      kind: 'front',
      field: 'agencyName',
    });
  });
});

describe('refused inputs', () => {
  it('of the fee fields belong to part 六 and are named by their label', () => {
    expect(inputPlace('processingFees.noticeAmount')).toEqual({ kind: 'fee', address: 'processingFees.noticeAmount' });
    expect(placePart(inputPlace('processingFees.noticeAmount'))).toBe('other');
    expect(inputLabel('2021', 'processingFees.noticeAmount')).toBe('信息处理费 收费通知总金额（元）');
  });

  it('of the cells belong to their table and are named by row and column', () => {
    expect(placePart(inputPlace('litigation.cases.reviewUpheld'))).toBe('litigation');
    expect(inputLabel('2021', 'applications.new.natural')).toContain('本年新收政府信息公开申请数量');
  });
});

describe('inputs named like Object.prototype members', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'take %s for no fee field (a cell place, labelled by its own name)',
    (address) => {
      expect(inputPlace(address)).toEqual({ kind: 'cell', address });
      expect(inputLabel('2021', address)).toBe(address);
    },
  );
});
