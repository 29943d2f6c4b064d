import { Paragraph } from 'docx';
import type { Table } from 'docx';
import { draftOpening, draftTitle, processingFeesSentence } from '../model';
import type { Draft, Section } from '../model';
import { getFormat, tablesOf } from '../templates';
import type { NarrativePartId, PartDef, TableId } from '../templates';
import { isBlank, textRuns, xmlSafeText } from './text';
import { STYLE } from './typography';

type Block = Paragraph | Table;

/**
 * Where a table goes: an empty paragraph with a style id no user text can produce (user text only ever lands in
 * <w:t>, escaped). The export swaps it for the table's XML (tableTemplate.ts).
 */
export const tableSlotXml = (table: TableId) =>
  `<w:p><w:pPr><w:pStyle w:val="ReportTableSlot-${table}"/></w:pPr></w:p>`;
const tableSlot = (table: TableId) => new Paragraph({ style: `ReportTableSlot-${table}` });

const bodyParagraph = (text: string) => new Paragraph({ children: textRuns(text) });

/** 公文 numbering tells the level: （一） is a second-level heading, 1. a third-level one. */
function headingStyle(heading: string): string {
  return /^\s*\d+\s*[.．、]/.test(heading) ? STYLE.heading3 : STYLE.heading2;
}

function sectionBlocks(sections: readonly Section[]): Block[] {
  return sections.flatMap((section) => [
    ...(isBlank(section.heading)
      ? []
      : [new Paragraph({ style: headingStyle(section.heading), children: textRuns(section.heading.trim()) })]),
    ...section.paragraphs.filter((p) => !isBlank(p)).map(bodyParagraph),
  ]);
}

/** Part 六 of the 2021 format reports the 信息处理费: the sentence leads the part unless the user already wrote it. */
function feeBlocks(draft: Draft, sections: readonly Section[]): Block[] {
  if (!getFormat(draft.format).hasProcessingFees) return [];
  const sentence = processingFeesSentence(draft);
  if (sentence === null || isBlank(sentence)) return [];
  const wanted = xmlSafeText(sentence).trim();
  const written = sections.some((s) => s.paragraphs.some((p) => xmlSafeText(p).includes(wanted)));
  return written ? [] : [bodyParagraph(sentence)];
}

function partBlocks(draft: Draft, part: PartDef): Block[] {
  const heading = new Paragraph({ style: STYLE.heading1, children: textRuns(part.heading) });
  const table = tablesOf(getFormat(draft.format)).find((t) => t.part === part.id);
  if (part.kind === 'table' && table) return [heading, tableSlot(table.id)];
  const sections = draft.narrative[part.id as NarrativePartId] ?? [];
  const fees = part.id === 'other' ? feeBlocks(draft, sections) : [];
  return [heading, ...fees, ...sectionBlocks(sections)];
}

/** The whole report in reading order: title, a blank line, the opening, then the six parts of the draft's format. */
export function reportBlocks(draft: Draft): Block[] {
  return [
    new Paragraph({ style: STYLE.title, children: textRuns(draftTitle(draft).trim()) }),
    new Paragraph({ style: STYLE.title, children: [] }),
    ...(isBlank(draftOpening(draft)) ? [] : [bodyParagraph(draftOpening(draft))]),
    ...getFormat(draft.format).parts.flatMap((part) => partBlocks(draft, part)),
  ];
}
