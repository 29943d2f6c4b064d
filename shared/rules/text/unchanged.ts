/**
 * `text.unchanged`: paragraphs identical or nearly identical to last year's report (evaluators mark such text as
 * 雷同). Paragraphs are compared after normalising away what a copy-edit changes without rewriting: spaces,
 * punctuation, full/half width, and every run of digits (2024年 → 2025年 is still the same paragraph).
 *
 * Similarity is the Sørensen–Dice coefficient of character bigrams (each bigram counted as often as it occurs):
 * linear in the paragraph length, insensitive to where an edit happens, and for Chinese text, where one character
 * is a word or half of one, a bigram is close to a word. Changing k characters of an n-character paragraph removes
 * at most 2k of its n−1 bigrams, so SIMILAR = 0.9 means roughly that ≥ 95% of the paragraph stands as it was:
 * a paragraph with a sentence or two rewritten falls below, one with a figure or a name swapped stays above.
 */
import type { Draft } from '../../model/draft';
import { NARRATIVE_PART_IDS } from '../../model/draft';
import { partHeading } from '../../templates';
import type { NarrativePartId } from '../../templates';
import type { RuleContext } from '../context';
import type { RawFinding } from '../types';
import { TextCache } from './cache';
import { excerpt, narrativeTexts, textDigest } from './narrative';
import { toHalfWidth } from './numerals';

/** The one threshold: at or above, a paragraph counts as carried over from last year. */
export const SIMILAR = 0.9;
/** Shorter paragraphs (after normalising) are formulae every report shares: 无。/ 详见附表。 */
const MIN_CHARS = 20;
/** Share of 五's text carried over at which the part gets its own message. */
const PROBLEMS_REPEATED = 0.5;

interface Profile {
  readonly size: number;
  readonly norm: string;
  readonly bigrams: ReadonlyMap<string, number>;
}

export function normalizeParagraph(text: string): string {
  return toHalfWidth(text)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/\d+/g, '#');
}

function profileOf(norm: string): Profile {
  const bigrams = new Map<string, number>();
  for (let i = 0; i + 1 < norm.length; i++) {
    const b = norm.slice(i, i + 2);
    bigrams.set(b, (bigrams.get(b) ?? 0) + 1);
  }
  return { size: Math.max(0, norm.length - 1), norm, bigrams };
}

/** Dice coefficient of two bigram profiles, 0…1. */
export function similarity(a: Profile, b: Profile): number {
  if (a.norm === b.norm) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.bigrams.size <= b.bigrams.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [bigram, n] of small.bigrams) shared += Math.min(n, large.bigrams.get(bigram) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/** Profiles of the paragraphs typed so far; the check runs on every keystroke and most paragraphs did not change. */
const profiles = new TextCache<Profile | null>();
function cachedProfile(text: string): Profile | null {
  return profiles.through(text, () => {
    const norm = normalizeParagraph(text);
    return norm.length >= MIN_CHARS ? profileOf(norm) : null;
  });
}

interface LastYearParagraph {
  readonly profile: Profile;
  readonly section: number;
  readonly paragraph: number;
}
type Best = { readonly match: LastYearParagraph; readonly score: number } | null;
interface LastYear {
  readonly paragraphs: Readonly<Record<NarrativePartId, readonly LastYearParagraph[]>>;
  readonly exact: ReadonlyMap<string, LastYearParagraph>;
  /** Best match of each paragraph text already compared, per part: typing changes one paragraph at a time. */
  readonly results: Readonly<Record<NarrativePartId, TextCache<Best>>>;
}
/** Last year's draft is the same object on every keystroke: its paragraphs are profiled once. */
const lastYearIndex = new WeakMap<Draft, LastYear>();

function indexLastYear(previous: Draft): LastYear {
  const cached = lastYearIndex.get(previous);
  if (cached) return cached;
  const paragraphs = { overview: [], problems: [], other: [] } as Record<NarrativePartId, LastYearParagraph[]>;
  const exact = new Map<string, LastYearParagraph>();
  for (const part of NARRATIVE_PART_IDS) {
    previous.narrative[part].forEach((section, s) =>
      section.paragraphs.forEach((text, p) => {
        const profile = cachedProfile(text);
        if (!profile) return;
        const entry = { profile, section: s, paragraph: p };
        paragraphs[part].push(entry);
        if (!exact.has(`${part}|${profile.norm}`)) exact.set(`${part}|${profile.norm}`, entry);
      }),
    );
  }
  const results = { overview: new TextCache<Best>(), problems: new TextCache<Best>(), other: new TextCache<Best>() };
  const index = { paragraphs, exact, results };
  lastYearIndex.set(previous, index);
  return index;
}

/** The most similar paragraph of last year's same part, if similar enough. Lengths prune: Dice ≥ t needs them close. */
function bestMatch(lastYear: LastYear, part: NarrativePartId, text: string, profile: Profile): Best {
  return lastYear.results[part].through(text, () => searchBest(lastYear, part, profile));
}

function searchBest(lastYear: LastYear, part: NarrativePartId, profile: Profile): Best {
  const same = lastYear.exact.get(`${part}|${profile.norm}`);
  if (same) return { match: same, score: 1 };
  const candidates = lastYear.paragraphs[part];
  let best: { match: LastYearParagraph; score: number } | null = null;
  const ratio = 2 / SIMILAR - 1;
  for (const c of candidates) {
    const [short, long] =
      c.profile.size <= profile.size ? [c.profile.size, profile.size] : [profile.size, c.profile.size];
    if (long > short * ratio) continue;
    const score = similarity(profile, c.profile);
    if (score >= SIMILAR && (!best || score > best.score)) best = { match: c, score };
  }
  return best;
}

export function unchangedText(ctx: RuleContext): RawFinding[] {
  const prev = ctx.previous?.draft;
  if (!prev) return [];
  const index = indexLastYear(prev);
  const findings: RawFinding[] = [];
  const texts = narrativeTexts(ctx.draft);
  for (const part of NARRATIVE_PART_IDS) {
    const units = texts.filter((u) => u.part === part && u.section !== null);
    let total = 0;
    let carried = 0;
    const found: { finding: RawFinding; where: string }[] = [];
    for (const unit of units) {
      const profile = cachedProfile(unit.text);
      total += profile?.norm.length ?? normalizeParagraph(unit.text).length;
      if (!profile) continue;
      const best = bestMatch(index, part, unit.text, profile);
      if (!best) continue;
      carried += profile.norm.length;
      found.push({
        where: unit.where,
        finding: {
          rule: 'text.unchanged',
          severity: 'warning',
          cells: [],
          part,
          ...(unit.sectionId ? { section: unit.sectionId } : {}),
          text: {
            part,
            section: unit.section,
            sectionId: unit.sectionId,
            paragraph: unit.paragraph,
            start: 0,
            end: unit.text.length,
            quote: unit.text,
          },
          previous: {
            year: prev.year,
            part,
            section: best.match.section,
            paragraph: best.match.paragraph,
            similarity: Math.round(best.score * 1000) / 1000,
          },
          message: '',
          key: `text.unchanged|${textDigest(unit.text)}`,
        },
      });
    }
    if (found.length === 0) continue;
    const share = Math.round((carried / total) * 100);
    const heading = partHeading(part);
    for (const { finding: f, where } of found) {
      const { quote } = f.text!;
      const score = f.previous!.similarity;
      const how = score === 1 ? '相同' : `几乎相同（相似度${Math.round(score * 100)}%）`;
      findings.push({
        ...f,
        message: `${where}与${prev.year}年报告${how}（${heading}沿用上年文字约占${share}%）：“${excerpt(quote, 0, quote.length)}”`,
      });
    }
    if (part === 'problems' && carried / total >= PROBLEMS_REPEATED) {
      findings.push({
        rule: 'text.unchanged',
        severity: 'warning',
        cells: [],
        part,
        numbers: [share],
        message:
          `${heading}：约${share}%的文字与${prev.year}年报告相同——去年的问题今年原样存在？` +
          `请写明本年度存在的问题和改进情况`,
        key: `text.unchanged|problems|${share}`,
      });
    }
  }
  return findings;
}
