import type { Draft } from '../model';
import { reportContent } from '../report';
import type { HeadingLevel, ReportBlock, ReportContent } from '../report';
import { tableXml } from './tableTemplate';
import { paragraphXml } from './text';
import { STYLE } from './typography';

const HEADING_STYLE: Readonly<Record<HeadingLevel, string>> = {
  1: STYLE.heading1,
  2: STYLE.heading2,
  3: STYLE.heading3,
};

function blockXml(block: ReportBlock, draft: Draft, content: ReportContent): string {
  switch (block.kind) {
    case 'title':
      // The title is followed by one blank line (GB/T 9704 §7.3.1).
      return paragraphXml(STYLE.title, block.lines.join('\n')) + paragraphXml(STYLE.title, '');
    case 'heading':
      return paragraphXml(HEADING_STYLE[block.level], block.text);
    case 'paragraph':
      return paragraphXml(null, block.text);
    case 'table':
      return tableXml(draft.format, block.table.id, content.values, content.units);
  }
}

/** The body in reading order (shared/report): title, a blank line, the opening, then the six parts. */
export function reportBodyXml(draft: Draft): string {
  const content = reportContent(draft);
  return content.blocks.map((block) => blockXml(block, draft, content)).join('');
}
