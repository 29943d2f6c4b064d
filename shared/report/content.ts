/**
 * What a report prints, in reading order, independent of the medium: the .docx builder (shared/docx) and the web
 * version (shared/html) both render these blocks, so the order of the parts, the heading levels, the fee sentence and
 * which paragraphs count as blank are decided once.
 */
import { draftCellValues, draftOpening, draftTitle, draftTitleAsTyped, processingFeesSentence } from '../model';
import type { CellValues, Draft, Section } from '../model';
import { getFormat, tablesOf } from '../templates';
import type { NarrativePartId, PartDef, TableDef } from '../templates';
import { isBlank, xmlSafeText } from './safeText';
import { signatureIndents, signatureLines } from './signature';
import type { SignatureLines } from './signature';
import { titleLines } from './titleLines';

export type HeadingLevel = 1 | 2 | 3;

export type ReportBlock =
  /** `lines`: one, or two broken as GB/T 9704 asks (titleLines.ts). */
  | { readonly kind: 'title'; readonly text: string; readonly lines: readonly string[] }
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly text: string }
  /**
   * `runIn`: a sub-heading printed at the start of the paragraph (（一）主动公开情况。主要通过…), in its heading's
   * face, as 公文 print a sub-heading that ends in 。.
   */
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      readonly runIn?: { readonly level: HeadingLevel; readonly text: string };
    }
  | { readonly kind: 'table'; readonly table: TableDef }
  /** 落款 at the end: right-aligned, indents in characters (signature.ts). */
  | {
      readonly kind: 'signature';
      readonly lines: SignatureLines;
      readonly indents: { readonly agency: number; readonly date: number };
    };

export interface ReportContent {
  readonly blocks: readonly ReportBlock[];
  /** Every cell's value, derived totals included, for the table blocks. */
  readonly values: CellValues;
  readonly units: Draft['units'];
}

/** 公文 numbering tells the level: （一） is a second-level heading, 1. a third-level one. */
export function sectionHeadingLevel(heading: string): HeadingLevel {
  return /^\s*\d+\s*[.．、]/.test(heading) ? 3 : 2;
}

const hasText = (section: Section): boolean => section.paragraphs.some((p) => !isBlank(p));

/**
 * Whether a sub-section's heading is printed: only when something stands under it — its own text, or for a （一）
 * heading the text of a 1. sub-section below it. A heading with nothing under it is an editing leftover (the
 * standard sub-headings of a new draft), and a printed heading over nothing is what evaluators mark down.
 */
function headingPrinted(sections: readonly Section[], i: number): boolean {
  const section = sections[i]!;
  if (hasText(section)) return true;
  if (sectionHeadingLevel(section.heading) === 3) return false;
  for (let j = i + 1; j < sections.length; j++) {
    const next = sections[j]!;
    if (!isBlank(next.heading) && sectionHeadingLevel(next.heading) === 2) return false;
    if (hasText(next)) return true;
  }
  return false;
}

/** A sub-heading that ends a sentence (（一）主动公开情况。) runs in: it is printed at the start of its first paragraph. */
export function isRunInHeading(heading: string): boolean {
  return /。\s*$/.test(heading);
}

function sectionBlocks(sections: readonly Section[]): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  sections.forEach((section, i) => {
    const paragraphs = section.paragraphs.filter((p) => !isBlank(p));
    if (!isBlank(section.heading) && headingPrinted(sections, i)) {
      const text = section.heading.trim();
      const level = sectionHeadingLevel(text);
      if (isRunInHeading(text) && paragraphs.length > 0) {
        blocks.push({ kind: 'paragraph', text: paragraphs.shift()!, runIn: { level, text } });
      } else {
        blocks.push({ kind: 'heading', level, text });
      }
    }
    for (const p of paragraphs) blocks.push({ kind: 'paragraph', text: p });
  });
  return blocks;
}

/** A sub-section heading the export leaves out because no text stands under it (the export dialog names them). */
export interface OmittedHeading {
  readonly part: NarrativePartId;
  readonly sectionId: string;
  readonly heading: string;
}

/** Every sub-section heading that is not printed, in reading order: the same decision as sectionBlocks. */
export function omittedHeadings(draft: Draft): OmittedHeading[] {
  const out: OmittedHeading[] = [];
  for (const part of getFormat(draft.format).parts) {
    if (part.kind === 'table') continue;
    const sections = draft.narrative[part.id as NarrativePartId] ?? [];
    sections.forEach((section, i) => {
      if (!isBlank(section.heading) && !headingPrinted(sections, i))
        out.push({ part: part.id as NarrativePartId, sectionId: section.id, heading: section.heading.trim() });
    });
  }
  return out;
}

/** Part 六 of the 2021 format reports the 信息处理费: the sentence leads the part unless the user already wrote it. */
function feeBlocks(draft: Draft, sections: readonly Section[]): ReportBlock[] {
  if (!getFormat(draft.format).hasProcessingFees) return [];
  const sentence = processingFeesSentence(draft);
  if (sentence === null || isBlank(sentence)) return [];
  const wanted = xmlSafeText(sentence).trim();
  const written = sections.some((s) => s.paragraphs.some((p) => xmlSafeText(p).includes(wanted)));
  return written ? [] : [{ kind: 'paragraph', text: sentence }];
}

function partBlocks(draft: Draft, part: PartDef): ReportBlock[] {
  const heading: ReportBlock = { kind: 'heading', level: 1, text: part.heading };
  const table = tablesOf(getFormat(draft.format)).find((t) => t.part === part.id);
  if (part.kind === 'table' && table) return [heading, { kind: 'table', table }];
  const sections = draft.narrative[part.id as NarrativePartId] ?? [];
  return [heading, ...(part.id === 'other' ? feeBlocks(draft, sections) : []), ...sectionBlocks(sections)];
}

/** Title, the opening, the six parts of the draft's format, then the signature. */
export function reportContent(draft: Draft): ReportContent {
  const opening = draftOpening(draft);
  const blocks: ReportBlock[] = [
    {
      kind: 'title',
      text: draftTitle(draft).trim(),
      lines: titleLines(xmlSafeText(draftTitleAsTyped(draft)), draft.agency.name),
    },
    ...(isBlank(opening) ? [] : [{ kind: 'paragraph', text: opening } as const]),
    ...getFormat(draft.format).parts.flatMap((part) => partBlocks(draft, part)),
  ];
  const signature = signatureLines(draft);
  if (signature) blocks.push({ kind: 'signature', lines: signature, indents: signatureIndents(signature) });
  return { blocks, values: draftCellValues(draft), units: draft.units };
}
