import { xmlSafeText } from '../report/safeText';

export { xmlSafeLine, xmlSafeText } from '../report/safeText';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Text content of <w:t>, escaped as docx escapes it. */
export const escapeXmlText = (text: string) => text.replace(/[&"'<>]/g, (c) => ESCAPES[c]!);

/**
 * One paragraph's XML, as docx writes `new Paragraph({ style, children: runs })` with a TextRun per line (the
 * content test holds us to that): a line break the user typed stays a line break (`<w:br/>`, not a raw newline,
 * which Word shows as a space) and a tab stays a tab. Writing it here rather than through docx's object model
 * spares each export ≈ 5 ms of docx building and serialising parts that never change (see skeleton.ts).
 */
export function paragraphXml(style: string | null, text: string): string {
  let xml = style === null ? '<w:p>' : `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>`;
  if (text === '') return style === null ? '<w:p/>' : `${xml}</w:p>`;
  xmlSafeText(text)
    .split('\n')
    .forEach((line, i) => {
      let run = i > 0 ? '<w:br/>' : '';
      line.split('\t').forEach((piece, k) => {
        if (k > 0) run += '<w:tab/>';
        if (piece) run += `<w:t xml:space="preserve">${escapeXmlText(piece)}</w:t>`;
      });
      xml += run === '' ? '<w:r/>' : `<w:r>${run}</w:r>`;
    });
  return `${xml}</w:p>`;
}

export { isBlank } from '../report/safeText';
