import type { OpenedDraft } from '../../../shared/api/contract';
import type { Draft } from '../../../shared/model';
import { api } from '../api';

/**
 * 另存为新草稿 from a read-only exported version: a new draft (its own id, created now) holding the version's
 * content, opened for editing. The exported version itself stays as it was.
 */
export async function saveAsNewDraft(version: Draft): Promise<OpenedDraft> {
  const created = await api().createDraft({ year: version.year, format: version.format });
  try {
    await api().saveDraft({ ...version, id: created.id, createdAt: created.createdAt, updatedAt: created.updatedAt });
  } catch (err) {
    // No empty draft is left behind by a save that failed (it goes to the trash, where nothing is lost).
    await api()
      .deleteDraft(created.id)
      .catch(() => undefined);
    throw err;
  }
  return api().openDraft(created.id);
}
