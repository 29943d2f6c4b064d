/**
 * 字数 as Word counts Chinese text: every CJK character is one word, every run of Latin letters and digits one word
 * ("2025", "12.5", "e-mail" each count once); punctuation and spaces count nothing. Counted over what the report
 * prints in words: the title and opening, and each narrative part (tables are figures, not text).
 */
import { draftOpening, draftTitle, processingFeesSentence } from '../../../shared/model';
import type { Draft, Section } from '../../../shared/model';
import { TextCache } from '../../../shared/rules/text/cache';
import type { NarrativePartId } from '../../../shared/templates';
import { NARRATIVE_PART_IDS } from '../../../shared/model';

const WORD =
  /\p{Script=Han}|[\u3040-\u30ff]|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.,'’-](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;

export function wordCount(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/*
 * The counts are shown on every keystroke: a keystroke replaces one sub-section object and one paragraph of it, so
 * the other sub-sections are counted by object and the other paragraphs by their text (a 200 000-character part
 * cost 25 ms a keystroke counted whole).
 */
const bySection = new WeakMap<Section, number>();
const byParagraph = new TextCache<number>();

function sectionWordCount(section: Section): number {
  const known = bySection.get(section);
  if (known !== undefined) return known;
  let n = wordCount(section.heading);
  for (const p of section.paragraphs) n += byParagraph.through(p, wordCount);
  bySection.set(section, n);
  return n;
}

/** The words of one narrative part: headings and paragraphs, and 2021 六's fee sentence when the export adds it. */
export function partWordCount(draft: Draft, part: NarrativePartId): number {
  const sections = draft.narrative[part];
  let n = 0;
  for (const s of sections) n += sectionWordCount(s);
  if (part === 'other') {
    const sentence = processingFeesSentence(draft);
    if (sentence && !sections.some((s) => s.paragraphs.some((p) => p.includes(sentence)))) n += wordCount(sentence);
  }
  return n;
}

/** Per narrative part and in total (title and opening included). */
export function draftWordCounts(draft: Draft): {
  readonly byPart: Record<NarrativePartId, number>;
  readonly total: number;
} {
  const byPart = {} as Record<NarrativePartId, number>;
  let total = wordCount(draftTitle(draft)) + wordCount(draftOpening(draft));
  for (const part of NARRATIVE_PART_IDS) {
    byPart[part] = partWordCount(draft, part);
    total += byPart[part];
  }
  return { byPart, total };
}
