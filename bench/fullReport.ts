import { createDraft } from '../shared/model';
import type { Draft } from '../shared/model';
import { cellIndex } from '../shared/templates';

const PARAGRAPH = '本年度持续推进政府信息公开工作，主动公开各类信息一百余条，依申请公开办理规范及时。'.repeat(4);

/**
 * The full 2021 report every benchmark figure measures: every entered cell and fee field filled, table 三 balanced in
 * every column, three long paragraphs in every sub-section, a complete agency profile.
 */
export function fullReport({ id = 'bench', year = 2024 }: { id?: string; year?: number } = {}): Draft {
  const draft = createDraft({
    id,
    year,
    format: '2021',
    agency: {
      name: '某某市统计局',
      address: '某某市人民路1号',
      postcode: '100000',
      phone: '0517-12345678',
      email: 'xxgk@example.gov.cn',
      website: 'http://tjj.example.gov.cn',
    },
    now: `${year + 1}-01-20T08:00:00.000Z`,
  });
  const values: Record<string, number> = {};
  cellIndex('2021').entered.forEach((cell, i) => (values[cell.address] = cell.kind === 'money' ? 12.5 : i % 17));
  // 一 + 二 = 三（七）+ 四 in every column: 新收 makes up the difference.
  for (const cell of cellIndex('2021').derived) {
    if (cell.table !== 'applications' || cell.row !== 'total' || cell.col === 'total') continue;
    const handled = cell.sumOf!.reduce((sum, address) => sum + values[address]!, 0);
    const carried = values[`applications.carriedOver.${cell.col}`]!;
    values[`applications.new.${cell.col}`] = handled + values[`applications.carryForward.${cell.col}`]! + 100 - carried;
    values[`applications.carryForward.${cell.col}`]! += 100;
  }
  const fill = (sections: Draft['narrative']['overview']) =>
    sections.map((s) => ({ ...s, paragraphs: [PARAGRAPH, PARAGRAPH, PARAGRAPH] }));
  return {
    ...draft,
    values,
    narrative: {
      overview: fill(draft.narrative.overview),
      problems: fill(draft.narrative.problems),
      other: fill(draft.narrative.other),
    },
    processingFees: { noticeCount: 0, noticeAmount: 0, collectedAmount: 0, sentence: null },
  };
}

/**
 * The full report with its first sub-section of part 一 holding `chars` characters of text (paragraphs of the usual
 * length, one per line as the editor shows them): the long narrative the typing figures measure.
 */
export function withLongNarrative(draft: Draft, chars: number): Draft {
  const line = `${PARAGRAPH}\n`;
  const paragraphs = line
    .repeat(Math.ceil(chars / line.length))
    .slice(0, chars)
    .split('\n');
  const [first, ...rest] = draft.narrative.overview;
  if (!first) throw new Error('the report has no sub-section in part 一');
  return { ...draft, narrative: { ...draft.narrative, overview: [{ ...first, paragraphs }, ...rest] } };
}
