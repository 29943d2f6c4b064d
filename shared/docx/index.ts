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

export { xmlSafeText } from './text';

export function buildReportDocxSync(draft: Draft): Uint8Array {
  const { parts, documentHead, documentTail } = skeleton();
  return packDocx(
    parts,
    {
      'word/document.xml': documentHead + reportBodyXml(draft) + documentTail,
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

export async function buildReportDocx(draft: Draft): Promise<Uint8Array> {
  return buildReportDocxSync(draft);
}
