import { Document, DocumentGridType, Paragraph } from 'docx';
import { strToU8 } from 'fflate';
import { fontTableXml } from './fontTable';
import { pageNumberFooter } from './footer';
import { compileParts } from './package';
import { metricsOf, perStyle } from './style';
import type { ExportStyle } from './style';
import { stylesOf } from './typography';

/**
 * Everything in the package but the body and the document properties is the same for every report: styles, fonts,
 * page setup, footers, settings, theme. docx writes it once per style; an export then only writes its body.
 */
interface Skeleton {
  /** Every part but word/document.xml and docProps/core.xml, as docx wrote them (font table: ours), as bytes. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** word/document.xml up to the body's content, and from the section properties on. */
  readonly documentHead: string;
  readonly documentTail: string;
}

const SLOT = '<w:p><w:pPr><w:pStyle w:val="ReportBodySlot"/></w:pPr></w:p>';

export const skeleton = perStyle((style: ExportStyle): Skeleton => {
  const { page } = style;
  const { footerDistance, linePitch } = metricsOf(style);
  const doc = new Document({
    evenAndOddHeaderAndFooters: true,
    // A line the user ended with a line break is not stretched across the page in a justified paragraph.
    compatibility: { doNotExpandShiftReturn: true },
    // Tab stops every two characters of 三号 body text.
    defaultTabStop: 640,
    styles: stylesOf(style),
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { ...page.margin, header: 851, footer: footerDistance, gutter: 0 },
          },
          // A line grid, as in the official template; 28 characters a line come from the body's character spacing.
          grid: { type: DocumentGridType.LINES, linePitch },
        },
        footers: { default: pageNumberFooter('odd', style), even: pageNumberFooter('even', style) },
        children: [new Paragraph({ style: 'ReportBodySlot' })],
      },
    ],
  });
  const parts = compileParts(doc);
  const documentXml = parts.get('word/document.xml') as string;
  const at = documentXml.indexOf(SLOT);
  if (at < 0) throw new Error('无法生成文档骨架（docx 的输出已变化），无法导出');
  parts.set('word/fontTable.xml', fontTableXml(style));
  const bytes = new Map<string, Uint8Array>();
  for (const [path, data] of parts) {
    if (path !== 'word/document.xml' && path !== 'docProps/core.xml') {
      bytes.set(path, typeof data === 'string' ? strToU8(data) : data);
    }
  }
  return { parts: bytes, documentHead: documentXml.slice(0, at), documentTail: documentXml.slice(at + SLOT.length) };
});
