import type { Draft } from '../model';
import { xmlSafeText } from './safeText';
import { textWidth } from './titleLines';

/** 成文日期 as GB/T 9704 §7.3.5 prints it: Arabic numerals, the year in full, no leading zeros (2025年1月20日). */
export function printedDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export interface SignatureLines {
  /** null when no name is printed (the user cleared it). */
  readonly agency: string | null;
  /** null until the user chooses the date. */
  readonly date: string | null;
}

/** What the signature prints: the profile's agency unless the user wrote another name; nothing when both are empty. */
export function signatureLines(draft: Pick<Draft, 'signature' | 'agency'>): SignatureLines | null {
  const name = xmlSafeText(draft.signature.agency ?? draft.agency.name)
    .replace(/\s+/g, ' ')
    .trim();
  const date = draft.signature.date === null ? null : printedDate(draft.signature.date);
  if (name === '' && date === null) return null;
  return { agency: name === '' ? null : name, date };
}

/**
 * Width on the page in characters: Word, WPS and LibreOffice put a quarter character between Chinese and digits or
 * Latin letters (autoSpaceDN/DE), so 2025年1月20日 is 7.75 characters wide, not 6.5.
 */
export function printedWidth(text: string): number {
  const half = /[\x21-\x7e]/;
  let gaps = 0;
  const chars = [...text];
  for (let i = 1; i < chars.length; i++) {
    const a = half.test(chars[i - 1]!);
    const b = half.test(chars[i]!);
    if (a !== b && chars[i - 1] !== ' ' && chars[i] !== ' ') gaps++;
  }
  return textWidth(text) + gaps / 4;
}

/**
 * Right indents, in characters, of a signature without a seal (GB/T 9704 §7.3.5.2): the name two characters from the
 * right edge, the date on the next line starting two characters right of the name's start; when the date is the
 * longer, the date sits two characters from the edge and the name moves left to keep the two-character offset.
 */
export function signatureIndents(lines: SignatureLines): { agency: number; date: number } {
  const a = lines.agency === null ? 0 : printedWidth(lines.agency);
  const d = lines.date === null ? 0 : printedWidth(lines.date);
  if (lines.agency === null || lines.date === null) return { agency: 2, date: 2 };
  return a - d >= 2 ? { agency: 2, date: a - d } : { agency: 4 + d - a, date: 2 };
}
