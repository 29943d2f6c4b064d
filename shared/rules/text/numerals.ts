/**
 * Figures as reports write them: Arabic (1234, 1,234, 12.5), full-width (１８), Chinese numerals (十八, 两, 一百零五,
 * 三千一百一十九, 一〇五), with 万 as a multiplier (1.2万, 三万), each followed by its unit. A number without a unit
 * is never a figure here: years (2024年), dates, phone numbers and item numbers (1.) all lack one.
 */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * A Chinese numeral → its value, or null when the text is not one. Positional (十八, 一百零五, 两万三千) and
 * digit-by-digit (一〇五, 二〇二四) forms are both read.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  if (
    (text.length === 1 && text in CHINESE_DIGITS) ||
    (/[〇零]/.test(text) && [...text].every((c) => c in CHINESE_DIGITS))
  ) {
    // 一〇五: digit by digit (a lone 零 is 0); 三四 without a 〇 is “three or four”, not 34
    return [...text].reduce((n, c) => n * 10 + CHINESE_DIGITS[c]!, 0);
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    const d = CHINESE_DIGITS[c];
    if (d !== undefined) {
      if (d === 0) continue; // 一百零五: 零 only marks a gap
      if (digit !== null) return null; // 三四 is not a numeral
      digit = d;
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c]!; // 十八: a leading 十 is 一十
      digit = null;
    } else if (c in BIG_UNITS) {
      total += (section + (digit ?? 0)) * BIG_UNITS[c]!;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Full-width digits and signs → ASCII, one code unit for one, so offsets into the result are offsets into `text`. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．％，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export type UnitKind = 'count' | 'money' | 'percent';

export interface NumberToken {
  /** Offsets of the number and its unit in the text searched. */
  readonly start: number;
  readonly end: number;
  /** Where the unit starts (the number is text[start, unitStart)). */
  readonly unitStart: number;
  /** Counts as written; money in 元; percent as written (17.46 for 17.46%). */
  readonly value: number;
  readonly kind: UnitKind;
  /** As written: 件, 万元, %… */
  readonly unit: string;
  /** Decimals written (percentages are compared at this precision). */
  readonly decimals: number;
}

const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千万亿]+';
/** 1,234 only with groups of three (a comma before other digits is a clause break in half-width text). */
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?`;
const UNITS = '万元|元|件|条|个|次|宗|起|项|篇|份|%';
const NUMBER = new RegExp(`(${ARABIC})\\s*(万(?!元)|亿)?\\s*(${UNITS})|(${CHINESE_NUMERAL})\\s*(${UNITS})`, 'g');

/** 第3件 and 3.2.1 are positions, not figures; a digit before the match means we are inside a longer number. */
const NOT_A_FIGURE_BEFORE = /[第\d.]$/;
/** 一次性告知, 一件事一次办, 一条龙: set phrases that read like a Chinese numeral and a unit. */
const SET_PHRASE_AFTER = /^[性龙事办站体化式]/;

/** Every figure with a unit in `text` (offsets into `text`; full-width digits are read as ASCII ones). */
export function findNumbers(text: string): NumberToken[] {
  const half = toHalfWidth(text);
  const tokens: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(half); m; m = NUMBER.exec(half)) {
    const start = m.index;
    if (NOT_A_FIGURE_BEFORE.test(half.slice(Math.max(0, start - 1), start))) continue;
    const arabic = m[1];
    const unit = (m[3] ?? m[5])!;
    let value: number | null;
    let decimals = 0;
    if (arabic !== undefined) {
      value = Number(arabic.replace(/,/g, ''));
      decimals = arabic.includes('.') ? arabic.length - arabic.indexOf('.') - 1 : 0;
      if (m[2]) value *= BIG_UNITS[m[2]]!;
    } else {
      if (SET_PHRASE_AFTER.test(half.slice(start + m[0].length, start + m[0].length + 1))) continue;
      value = parseChineseNumeral(m[4]!);
    }
    if (value === null || !Number.isFinite(value)) continue;
    const kind: UnitKind = unit === '%' ? 'percent' : unit.endsWith('元') ? 'money' : 'count';
    if (unit === '万元') value *= 1e4;
    const end = start + m[0].length;
    tokens.push({
      start,
      end,
      unitStart: end - unit.length,
      value,
      kind,
      unit: text.slice(end - unit.length, end),
      decimals,
    });
  }
  return tokens;
}
