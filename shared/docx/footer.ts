import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { metricsOf } from './style';
import type { ExportStyle } from './style';
import { STYLE } from './typography';

/** "— 1 —": odd pages at the right, even pages at the left, each inset one character (GB/T 9704 §7.5). */
export function pageNumberFooter(side: 'odd' | 'even', style: ExportStyle): Footer {
  const inset = metricsOf(style).pageNumberInset;
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: inset } : { left: inset },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}
