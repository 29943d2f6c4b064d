/**
 * The one place the batch reads a draft file (.json). It calls the CLI's draft reader for now; when the drafts
 * store's reader becomes the single one, re-point this call and nothing else changes.
 */
import { readDraftFile } from '../../cli/draftFile';
import type { Draft } from '../../../shared/model';

export async function loadDraft(file: string): Promise<{ ok: true; draft: Draft } | { ok: false; reason: string }> {
  try {
    return { ok: true, draft: await readDraftFile(file) };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}
