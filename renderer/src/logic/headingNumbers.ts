/**
 * Sub-section headings number themselves （一）（二）（三） after a move or a removal, as Word's numbered headings do.
 * Only a heading that starts with a Chinese ordinal in brackets is renumbered, and only its numeral changes: the
 * bracket style and the words after it stay as the user wrote them. Unnumbered sub-sections are not counted.
 */
import type { Section } from '../../../shared/model';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (a part never has a hundred sub-sections; beyond, digits). */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (ones === 0 ? '' : DIGITS[ones]!);
}

const ORDINAL_PREFIX = /^(\s*[（(])([一二三四五六七八九十]+)([）)])/;

/** The sections with their （n） headings numbered in order; the same array when nothing changes. */
export function renumberHeadings(sections: Section[]): Section[] {
  let n = 0;
  let changed = false;
  const next = sections.map((s) => {
    const m = ORDINAL_PREFIX.exec(s.heading);
    if (!m) return s;
    n++;
    const numeral = chineseOrdinal(n);
    if (m[2] === numeral) return s;
    changed = true;
    return { ...s, heading: m[1]! + numeral + m[3]! + s.heading.slice(m[0].length) };
  });
  return changed ? next : sections;
}

/** Whether removing the section loses text the user wrote (then 删除 offers 撤销 in its place). */
export const sectionHasText = (section: Section): boolean => section.paragraphs.some((p) => p.trim() !== '');
