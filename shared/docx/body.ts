import type { Draft } from '../model';
import { reportContent } from '../report';
import type { HeadingLevel, ReportBlock, ReportContent } from '../report';
import { tableXml } from './tableTemplate';
import { escapeXmlText, paragraphXml, xmlSafeLine } from './text';
import { metricsOf } from './style';
import type { ExportStyle } from './style';
import { STYLE } from './typography';

const HEADING_STYLE: Readonly<Record<HeadingLevel, string>> = {
  1: STYLE.heading1,
  2: STYLE.heading2,
  3: STYLE.heading3,
};

function blockXml(block: ReportBlock, draft: Draft, content: ReportContent, style: ExportStyle): string {
  switch (block.kind) {
    case 'title':
      // The title is followed by one blank line (GB/T 9704 §7.3.1).
      return paragraphXml(STYLE.title, block.lines.join('\n')) + paragraphXml(STYLE.title, '');
    case 'heading':
      return paragraphXml(HEADING_STYLE[block.level], block.text);
    case 'paragraph':
      return block.runIn ? runInParagraphXml(block.runIn, block.text, style) : paragraphXml(null, block.text);
    case 'table':
      return tableXml(draft.format, block.table.id, content.values, content.units, style);
    case 'signature':
      return signatureXml(block, style);
  }
}

/**
 * A body paragraph led by its run-in sub-heading, the heading in its style's face (楷体 for （一）, bold for 1.), so
 * the paragraph reads as published: （一）主动公开情况。主要通过….
 */
function runInParagraphXml(runIn: { level: HeadingLevel; text: string }, text: string, style: ExportStyle): string {
  const { latin, heading2 } = style.fonts;
  const rPr =
    runIn.level === 3
      ? '<w:rPr><w:b/><w:bCs/></w:rPr>'
      : `<w:rPr><w:rFonts w:ascii="${escapeXmlText(latin)}" w:hAnsi="${escapeXmlText(latin)}" ` +
        `w:eastAsia="${escapeXmlText(heading2)}" w:hint="eastAsia"/></w:rPr>`;
  const lead = `<w:r>${rPr}<w:t xml:space="preserve">${escapeXmlText(xmlSafeLine(runIn.text))}</w:t></w:r>`;
  const body = paragraphXml(null, text);
  return body === '<w:p/>' ? `<w:p>${lead}</w:p>` : `<w:p>${lead}${body.slice('<w:p>'.length)}`;
}

/** A line of the signature, right-aligned with its right indent in characters. */
function signatureLineXml(text: string, indentChars: number, keepNext: boolean, style: ExportStyle): string {
  const right = Math.round(indentChars * metricsOf(style).bodyCharWidth);
  return (
    `<w:p><w:pPr><w:pStyle w:val="${STYLE.signature}"/>${keepNext ? '<w:keepNext/>' : ''}` +
    `<w:ind w:right="${right}"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXmlText(xmlSafeLine(text))}</w:t></w:r></w:p>`
  );
}

/** One blank line after the text, then the name and the date; kept together on the last page. */
function signatureXml(block: Extract<ReportBlock, { kind: 'signature' }>, style: ExportStyle): string {
  const { lines, indents } = block;
  let xml = `<w:p><w:pPr><w:pStyle w:val="${STYLE.signature}"/><w:keepNext/></w:pPr></w:p>`;
  if (lines.agency !== null) xml += signatureLineXml(lines.agency, indents.agency, lines.date !== null, style);
  if (lines.date !== null) xml += signatureLineXml(lines.date, indents.date, false, style);
  return xml;
}

/** The body in reading order (shared/report): title, a blank line, the opening, the six parts, the signature. */
export function reportBodyXml(draft: Draft, style: ExportStyle): string {
  const content = reportContent(draft);
  return content.blocks
    .map((block, i) => {
      const xml = blockXml(block, draft, content, style);
      // The signature never stands alone on the last page: the text before it keeps with it.
      const leadsToSignature = content.blocks[i + 1]?.kind === 'signature' && block.kind === 'paragraph';
      return leadsToSignature ? xml.replace(/^<w:p>/, '<w:p><w:pPr><w:keepNext/></w:pPr>') : xml;
    })
    .join('');
}
