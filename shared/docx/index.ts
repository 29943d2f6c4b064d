/**
 * Draft → .docx bytes. The same bytes are written by the export, shown by the in-app preview and hashed by the
 * drafts store, so this is deterministic: the same draft always gives the same bytes.
 */
import { Document } from 'docx';
import { draftCellValues, draftTitle } from '../model';
import type { Draft } from '../model';
import { getFormat, tablesOf } from '../templates';
import { reportBlocks, tableSlotXml } from './body';
import { fontTableXml } from './fontTable';
import { pageNumberFooter } from './footer';
import { compileParts, packDocx } from './package';
import { corePropertiesXml } from './properties';
import { tableXml } from './tableTemplate';
import { FOOTER_DISTANCE, LINE_PITCH, PAGE, STYLES } from './typography';

export { xmlSafeText } from './text';

function reportDocument(draft: Draft, title: string): Document {
  return new Document({
    title,
    creator: draft.agency.name,
    evenAndOddHeaderAndFooters: true,
    // A line the user ended with a line break is not stretched across the page in a justified paragraph.
    compatibility: { doNotExpandShiftReturn: true },
    // Tab stops every two characters of 三号 body text.
    defaultTabStop: 640,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, header: 851, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          grid: { linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: reportBlocks(draft),
      },
    ],
  });
}

/** document.xml with each table slot replaced by the official table carrying the draft's values. */
function withTables(documentXml: string, draft: Draft): string {
  const values = draftCellValues(draft);
  let xml = documentXml;
  for (const table of tablesOf(getFormat(draft.format))) {
    const slot = tableSlotXml(table.id);
    const at = xml.indexOf(slot);
    if (at < 0) throw new Error(`导出失败：文档中缺少表格“${table.id}”的位置`);
    xml = xml.slice(0, at) + tableXml(draft.format, table.id, values, draft.units) + xml.slice(at + slot.length);
  }
  return xml;
}

export function buildReportDocxSync(draft: Draft): Uint8Array {
  const title = draftTitle(draft).trim();
  const parts = compileParts(reportDocument(draft, title));
  return packDocx(
    parts,
    {
      'word/document.xml': withTables(parts.get('word/document.xml') as string, draft),
      'word/fontTable.xml': fontTableXml(),
      'docProps/core.xml': corePropertiesXml({
        title,
        author: draft.agency.name,
        created: draft.createdAt,
        modified: draft.updatedAt,
      }),
    },
    draft.updatedAt,
  );
}

export async function buildReportDocx(draft: Draft): Promise<Uint8Array> {
  return buildReportDocxSync(draft);
}
