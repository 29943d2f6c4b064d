import { agencyKey } from './agency';
import type { ReadResult } from './types';

/**
 * Notes for files that repeat another: the same bytes (a copy), or a second report of the same agency and year.
 * The first file of each group is the original and gets no note.
 */
export function duplicateNotes(results: readonly ReadResult[]): Map<string, string> {
  const notes = new Map<string, string>();
  const byHash = new Map<string, string>();
  const byAgencyYear = new Map<string, string>();
  for (const r of results) {
    if (r.hash !== null) {
      const first = byHash.get(r.hash);
      if (first !== undefined) {
        notes.set(r.file, `与「${first}」内容完全相同（重复文件）`);
        continue;
      }
      byHash.set(r.hash, r.file);
    }
    if (!r.ok) continue;
    const key = agencyKey(r.draft.agency.name);
    if (!key) continue;
    const slot = `${r.draft.year}\u0000${key}`;
    const first = byAgencyYear.get(slot);
    if (first !== undefined) notes.set(r.file, `与「${first}」是同一机关同一年度的报告`);
    else byAgencyYear.set(slot, r.file);
  }
  return notes;
}
