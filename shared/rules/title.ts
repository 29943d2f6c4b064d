import { defaultTitle, draftTitle } from '../model/text';
import type { RuleContext } from './context';
import type { RawFinding } from './types';

/** How the format names the title; the message quotes it so the user sees what is expected. */
const OFFICIAL_PATTERN = '<机关名称><年份>年政府信息公开工作年度报告';
const TITLE_SHAPE = /^(.*?)(\d{4})年政府信息公开工作年度报告$/u;

/** Spaces (also full-width) and line breaks say nothing about the wording: the printed title drops the breaks. */
const compact = (s: string): string => s.replace(/\s+/gu, '');

/** Why a title departs from the pattern, or null when it only differs harmlessly. */
function departure(title: string, agency: string, year: number): string | null {
  const shape = TITLE_SHAPE.exec(title);
  if (title === '') return '标题为空';
  if (!shape) return '标题与规定的格式不同';
  const [, named = '', written] = shape;
  if (Number(written) !== year) return `标题写的是${written}年，本报告是${year}年度`;
  // The agency's full name (某某省某某市统计局 for 某某市统计局) is as good as the name in the profile.
  if (agency !== '' && !named.includes(agency)) return `标题中没有机关名称“${agency}”`;
  if (named === '') return '标题中没有机关名称';
  return null;
}

/** A title the user wrote that departs from the official pattern: a note (说明), since the title stays theirs. */
export function titlePattern(ctx: RuleContext): RawFinding[] {
  const { draft } = ctx;
  if (draft.title === null) return [];
  const reason = departure(compact(draftTitle(draft)), compact(draft.agency.name), draft.year);
  if (reason === null) return [];
  const expected = defaultTitle(draft.agency.name.trim() || '（机关名称）', draft.year);
  return [
    {
      rule: 'title.pattern',
      severity: 'info',
      cells: [],
      message: `${reason}：规定的标题格式为“${OFFICIAL_PATTERN}”，本报告即“${expected}”`,
    },
  ];
}
