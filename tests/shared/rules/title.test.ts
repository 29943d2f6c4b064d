import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/rules';
import type { Draft } from '../../../shared/model';
import { filledDraft } from '../../helpers/drafts';

const titleNotes = (draft: Draft) => checkDraft(draft).filter((f) => f.rule === 'title.pattern');
const withTitle = (title: string | null, agency = '某某市统计局'): Draft => {
  const draft = filledDraft('2021', 2024);
  return { ...draft, title, agency: { ...draft.agency, name: agency } };
};

describe('title.pattern', () => {
  it('is silent for the default title (null) and for a typed title in the official pattern', () => {
    expect(titleNotes(withTitle(null))).toEqual([]);
    expect(titleNotes(withTitle('某某市统计局2024年政府信息公开工作年度报告'))).toEqual([]);
  });

  it('tolerates spaces, a typed line break and the agency’s full name', () => {
    expect(titleNotes(withTitle(' 某某市统计局\n2024年政府信息公开工作年度报告 '))).toEqual([]);
    expect(titleNotes(withTitle('某某市统计局　2024年 政府信息公开工作年度报告'))).toEqual([]);
    expect(titleNotes(withTitle('某某省某某市统计局2024年政府信息公开工作年度报告'))).toEqual([]);
  });

  it('notes (severity info, never an error or warning) a title that departs, naming the official pattern', () => {
    const [note, ...more] = titleNotes(withTitle('第二稿（给办公室审）'));
    expect(more).toEqual([]);
    expect(note).toMatchObject({ severity: 'info', cells: [] });
    expect(note!.message).toContain('<机关名称><年份>年政府信息公开工作年度报告');
    expect(note!.message).toContain('某某市统计局2024年政府信息公开工作年度报告');
  });

  it('says why: another year, a missing agency name, an empty title', () => {
    expect(titleNotes(withTitle('某某市统计局2023年政府信息公开工作年度报告'))[0]!.message).toMatch(
      /^标题写的是2023年，本报告是2024年度/,
    );
    expect(titleNotes(withTitle('某某县教育局2024年政府信息公开工作年度报告'))[0]!.message).toMatch(
      /^标题中没有机关名称“某某市统计局”/,
    );
    expect(titleNotes(withTitle('2024年政府信息公开工作年度报告'))[0]!.message).toMatch(/^标题中没有机关名称/);
    expect(titleNotes(withTitle(' \u3000 '))[0]!.message).toMatch(/^标题为空/);
  });

  it('leaves an agency name that is not filled in yet to the other checks', () => {
    expect(titleNotes(withTitle('某某市统计局2024年政府信息公开工作年度报告', ''))).toEqual([]);
  });
});
