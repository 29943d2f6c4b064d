import { escapeXmlText, xmlSafeLine } from './text';

/** W3CDTF without milliseconds, as Word writes it; an unreadable time falls back to the epoch rather than failing. */
function w3cdtf(iso: string): string {
  const t = new Date(iso);
  return (Number.isNaN(t.getTime()) ? new Date(0) : t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface DocumentProperties {
  readonly title: string;
  readonly author: string;
  readonly created: string;
  readonly modified: string;
}

/** docProps/core.xml: title = the report title, author = the agency; times from the draft so the bytes are stable. */
export function corePropertiesXml(p: DocumentProperties): string {
  const text = (s: string) => escapeXmlText(xmlSafeLine(s));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${text(p.title)}</dc:title><dc:creator>${text(p.author)}</dc:creator>` +
    `<cp:lastModifiedBy>${text(p.author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(p.created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(p.modified)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
