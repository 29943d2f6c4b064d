import { draftCellValues, draftOpening, draftTitle, processingFeesSentence } from '../model';
import type { CellValues, Draft, Section } from '../model';
import { getFormat, tablesOf } from '../templates';
import type { NarrativePartId, PartDef } from '../templates';
import { tableXml } from './tableTemplate';
import { isBlank, paragraphXml, xmlSafeText } from './text';
import type { ExportStyle } from './style';
import { STYLE } from './typography';

const body = (text: string) => paragraphXml(null, text);

/** 公文 numbering tells the level: （一） is a second-level heading, 1. a third-level one. */
function headingStyle(heading: string): string {
  return /^\s*\d+\s*[.．、]/.test(heading) ? STYLE.heading3 : STYLE.heading2;
}

function sectionsXml(sections: readonly Section[]): string {
  let xml = '';
  for (const section of sections) {
    if (!isBlank(section.heading)) xml += paragraphXml(headingStyle(section.heading), section.heading.trim());
    for (const p of section.paragraphs) if (!isBlank(p)) xml += body(p);
  }
  return xml;
}

/** Part 六 of the 2021 format reports the 信息处理费: the sentence leads the part unless the user already wrote it. */
function feesXml(draft: Draft, sections: readonly Section[]): string {
  if (!getFormat(draft.format).hasProcessingFees) return '';
  const sentence = processingFeesSentence(draft);
  if (sentence === null || isBlank(sentence)) return '';
  const wanted = xmlSafeText(sentence).trim();
  const written = sections.some((s) => s.paragraphs.some((p) => xmlSafeText(p).includes(wanted)));
  return written ? '' : body(sentence);
}

function partXml(draft: Draft, part: PartDef, values: CellValues, style: ExportStyle): string {
  const heading = paragraphXml(STYLE.heading1, part.heading);
  const table = tablesOf(getFormat(draft.format)).find((t) => t.part === part.id);
  if (part.kind === 'table' && table) return heading + tableXml(draft.format, table.id, values, draft.units, style);
  const sections = draft.narrative[part.id as NarrativePartId] ?? [];
  return heading + (part.id === 'other' ? feesXml(draft, sections) : '') + sectionsXml(sections);
}

/** The body in reading order: title, a blank line, the opening, then the six parts of the draft's format. */
export function reportBodyXml(draft: Draft, style: ExportStyle): string {
  const values = draftCellValues(draft);
  const opening = draftOpening(draft);
  return (
    paragraphXml(STYLE.title, draftTitle(draft).trim()) +
    paragraphXml(STYLE.title, '') +
    (isBlank(opening) ? '' : body(opening)) +
    getFormat(draft.format)
      .parts.map((part) => partXml(draft, part, values, style))
      .join('')
  );
}
