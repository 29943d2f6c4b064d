/**
 * Label normalisation: published reports print the format's labels with full- or half-width brackets and
 * punctuation, stray spaces and line breaks inside labels (PDF extraction), lost quotation marks and 〔〕, and 1、
 * for 1. — both sides of every comparison go through `normLabel`, so the importer never retypes a label.
 */

const DROPPED = /[\s\u3000“”"'‘’「」『』〔〕[\]【】《》#*|]/g;

export function normLabel(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(DROPPED, '')
      // 1、 and 1． are the same item number as 1.
      .replace(/(\d)[、．]/g, '$1.')
      .replace(/[，]/g, ',')
      .replace(/[：]/g, ':')
      .replace(/[；]/g, ';')
  );
}

/** Length of the longest common subsequence — tolerant of a lost or changed character or two. */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** 1 for equal, towards 0 for unrelated; both arguments already normalised. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : lcsLength(a, b) / longest;
}

/** A printed number cell: 12, -3, 96171.6, 8590元, 12.5万元 (full-width digits and minus signs accepted). */
export interface ParsedNumber {
  readonly value: number;
  readonly unit?: '元' | '万元';
}

const NUMBER = /^([-−－]?)(\d{1,15}(?:\.\d{1,8})?)(元|万元)?$/;

export function parseNumberCell(text: string): ParsedNumber | null {
  const t = text.normalize('NFKC').replace(/[\s,]/g, '');
  const m = NUMBER.exec(t);
  if (!m) return null;
  const value = Number(m[2]) * (m[1] ? -1 : 1);
  if (!Number.isFinite(value)) return null;
  return m[3] ? { value: value === 0 ? 0 : value, unit: m[3] as '元' | '万元' } : { value: value === 0 ? 0 : value };
}

/** Cells that say "nothing here": empty, or the placeholders some converters print (-, —, /, 无). */
export function isBlankCell(text: string): boolean {
  return /^[\s\u3000\-—–－/／]*$/.test(text.normalize('NFKC')) || text.trim() === '无';
}
