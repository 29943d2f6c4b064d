/** The report's own words, paragraph by paragraph, each with where it sits and how to name that place. */
import type { Draft } from '../../model/draft';
import { NARRATIVE_PART_IDS } from '../../model/draft';
import { draftOpening } from '../../model/text';
import { partHeading } from '../../templates';
import type { NarrativePartId } from '../../templates';
import type { TextPart, TextSpot } from '../types';

export interface TextUnit {
  readonly part: TextPart;
  readonly section: number | null;
  readonly sectionId: string | null;
  readonly paragraph: number;
  readonly feeSentence?: true;
  readonly text: string;
  /** 一、总体情况（二）依申请公开 第2段 — how messages name the place. */
  readonly where: string;
}

/**
 * Where a finding about `unit.text.slice(start, end)` points: its part and sub-section (for the panel and the jump),
 * and the text spot the editor highlights.
 */
export function textPlace(
  unit: TextUnit,
  start: number,
  end: number,
): { part?: NarrativePartId; section?: string; text: TextSpot } {
  return {
    ...(unit.part !== 'opening' ? { part: unit.part } : {}),
    ...(unit.sectionId ? { section: unit.sectionId } : {}),
    text: {
      part: unit.part,
      section: unit.section,
      sectionId: unit.sectionId,
      paragraph: unit.paragraph,
      ...(unit.feeSentence ? { feeSentence: true as const } : {}),
      start,
      end,
      quote: unit.text.slice(start, end),
    },
  };
}

const unitsOf = new WeakMap<Draft, readonly TextUnit[]>();

/**
 * Every paragraph a reader sees, in print order: the opening, 一, 五, 六 and the typed fee sentence of 六. Several
 * rules read them during one check of the same draft object.
 */
export function narrativeTexts(draft: Draft): readonly TextUnit[] {
  const cached = unitsOf.get(draft);
  if (cached) return cached;
  const units = collect(draft);
  unitsOf.set(draft, units);
  return units;
}

function collect(draft: Draft): TextUnit[] {
  const units: TextUnit[] = [
    { part: 'opening', section: null, sectionId: null, paragraph: 0, text: draftOpening(draft), where: '报告开头' },
  ];
  for (const part of NARRATIVE_PART_IDS) {
    const heading = partHeading(part);
    draft.narrative[part].forEach((section, s) => {
      section.paragraphs.forEach((text, p) => {
        if (text.trim() === '') return;
        const sub = section.heading.trim();
        units.push({
          part,
          section: s,
          sectionId: section.id,
          paragraph: p,
          text,
          where: `${heading}${sub} 第${p + 1}段`,
        });
      });
    });
  }
  // The generated fee sentence is made from the fee fields and cannot disagree with them; a typed one can.
  const typed = draft.processingFees?.sentence;
  if (typed) {
    units.push({
      part: 'other',
      section: null,
      sectionId: null,
      paragraph: 0,
      feeSentence: true,
      text: typed,
      where: `${partHeading('other')}信息处理费情况`,
    });
  }
  return units;
}

/** At most `max` characters of `text[start, end)`, kept around `focus` (an offset inside), with … where cut. */
export function excerpt(text: string, start: number, end: number, focus = start, max = 60): string {
  if (end - start <= max) return text.slice(start, end);
  const from = Math.max(start, Math.min(focus - Math.floor(max / 2), end - max));
  const to = Math.min(end, from + max);
  return `${from > start ? '…' : ''}${text.slice(from, to)}${to < end ? '…' : ''}`;
}

/**
 * A stable 64-bit FNV-1a digest of `text` as 16 hex digits: keys of findings that quote a whole paragraph stay short
 * (a confirmation stores its finding's key in the draft) and still change whenever one character does.
 */
export function textDigest(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
