/**
 * Draft → .docx bytes. The same bytes are written by the export, shown by the in-app preview and hashed by the
 * drafts store, so this is deterministic: the same draft always gives the same bytes.
 */
import { draftTitle } from '../model';
import type { Draft } from '../model';
import { reportBodyXml } from './body';
import { packDocx } from './package';
import { corePropertiesXml } from './properties';
import { skeleton } from './skeleton';
import { DEFAULT_STYLE } from './style';
import type { ExportStyle } from './style';

export { xmlSafeText } from './text';
export { DEFAULT_STYLE, SIZE, mm } from './style';
export type { ExportStyle } from './style';

/** The report in `style` (the 公文 defaults unless given); caches are kept per style object, so reuse the object. */
export function buildReportDocxSync(draft: Draft, style: ExportStyle = DEFAULT_STYLE): Uint8Array {
  const { parts, documentHead, documentTail } = skeleton(style);
  return packDocx(
    parts,
    {
      'word/document.xml': documentHead + reportBodyXml(draft, style) + documentTail,
      'docProps/core.xml': corePropertiesXml({
        title: draftTitle(draft).trim(),
        author: draft.agency.name,
        created: draft.createdAt,
        modified: draft.updatedAt,
      }),
    },
    draft.updatedAt,
  );
}

export async function buildReportDocx(draft: Draft, style: ExportStyle = DEFAULT_STYLE): Promise<Uint8Array> {
  return buildReportDocxSync(draft, style);
}
