/**
 * `text.staleYear`: a sentence of a year-Y report that speaks of an earlier year as the current one — the classic
 * leftover of last year's report copied forward. Only the forms that state “this year” are read: a sentence opening
 * with the year (2024年，我局… / 2024年度我局…), 截至2024年底 / 12月31日, a statistics period, and 编制…2024年…报告.
 * A year mentioned in passing (针对2024年工作中存在的问题, 与2024年相比) is left alone.
 */
import type { RuleContext } from '../context';
import type { RawFinding } from '../types';
import { TextCache } from './cache';
import { excerpt, narrativeTexts, textPlace } from './narrative';
import { toHalfWidth } from './numerals';
import { splitSentences } from './sentences';
import type { Span } from './sentences';

const YEAR = String.raw`(\d{4})\s*年`;
/** At the start of a sentence, after an item marker: 2024年，… / 2024年度我局… / 一是2024年全区… */
const OPENS_WITH_YEAR = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])?\s*${YEAR}(?:度)?\s*(?:[，,]|我|本|全)`,
);
const AS_OF = new RegExp(String.raw`截[至止](?:到)?\s*${YEAR}\s*(?:底|末|12\s*月\s*31\s*日)`, 'g');
/** 统计期限自2024年1月1日起至2024年12月31日止 */
const PERIOD = new RegExp(String.raw`${YEAR}\s*1\s*月\s*1\s*日`, 'g');
const PERIOD_WORDS = /统计|期限|时限|周期/;
const COMPILED = new RegExp(String.raw`${YEAR}(?:度)?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?报告`, 'g');
const COMPILING_WORDS = /编制|现将|公布|发布/;

/** The earlier year the sentence treats as current, or null. */
function staleIn(sentence: string, year: number): number | null {
  const text = toHalfWidth(sentence);
  if (!/\d{4}\s*年/.test(text)) return null;
  const years: number[] = [];
  const opening = OPENS_WITH_YEAR.exec(text);
  if (opening) years.push(Number(opening[1]));
  for (const m of text.matchAll(AS_OF)) years.push(Number(m[1]));
  if (PERIOD_WORDS.test(text)) for (const m of text.matchAll(PERIOD)) years.push(Number(m[1]));
  if (COMPILING_WORDS.test(text)) for (const m of text.matchAll(COMPILED)) years.push(Number(m[1]));
  const stale = years.filter((y) => y < year && y >= 2000);
  return stale.length > 0 ? Math.max(...stale) : null;
}

/** Stale sentences of each paragraph seen, with the report year they were read for. */
const cache = new TextCache<{ readonly year: number; readonly found: readonly { span: Span; earlier: number }[] }>();

function staleSentences(text: string, year: number): readonly { span: Span; earlier: number }[] {
  const known = cache.get(text);
  if (known?.year === year) return known.found;
  const found = splitSentences(text).flatMap((span) => {
    const earlier = staleIn(text.slice(span.start, span.end), year);
    return earlier === null ? [] : [{ span, earlier }];
  });
  cache.set(text, { year, found });
  return found;
}

export function staleYear(ctx: RuleContext): RawFinding[] {
  const { draft } = ctx;
  const findings: RawFinding[] = [];
  for (const unit of narrativeTexts(draft)) {
    for (const { span, earlier } of staleSentences(unit.text, draft.year)) {
      const quote = unit.text.slice(span.start, span.end);
      findings.push({
        rule: 'text.staleYear',
        severity: 'warning',
        cells: [],
        ...textPlace(unit, span.start, span.end),
        numbers: [earlier, draft.year],
        message:
          `${unit.where}：“${excerpt(unit.text, span.start, span.end)}”——把${earlier}年当作本年度，` +
          `而这是${draft.year}年的报告（是否沿用了上年的文字？）`,
        key: `text.staleYear|${earlier}|${quote}`,
      });
    }
  }
  return findings;
}
