import { agencyKey } from './agency';
import type { ReadOk } from './types';

export interface Pairing {
  /** Last year's report of the same agency, when exactly one was found. */
  readonly previous: ReadOk | null;
  /** Why none was used although one was looked for (several candidates); empty otherwise. */
  readonly note: string;
}

/**
 * Pairs each report with last year's of the same agency (by agency name, one year earlier). Several candidates
 * are never guessed between: the note lists them and the cross-year rules are left out for that report.
 */
export function pairWithPrevious(current: readonly ReadOk[], previous: readonly ReadOk[]): Map<string, Pairing> {
  const byAgencyYear = new Map<string, ReadOk[]>();
  for (const p of previous) {
    const key = agencyKey(p.draft.agency.name);
    if (!key) continue;
    const slot = `${p.draft.year}\u0000${key}`;
    const list = byAgencyYear.get(slot) ?? [];
    list.push(p);
    byAgencyYear.set(slot, list);
  }
  const pairs = new Map<string, Pairing>();
  for (const c of current) {
    const key = agencyKey(c.draft.agency.name);
    const found = key ? (byAgencyYear.get(`${c.draft.year - 1}\u0000${key}`) ?? []) : [];
    if (found.length === 1) pairs.set(c.file, { previous: found[0]!, note: '' });
    else if (found.length > 1) {
      pairs.set(c.file, {
        previous: null,
        note: `上年报告有${found.length}份（${found.map((f) => f.file).join('、')}），未作跨年度检查`,
      });
    } else pairs.set(c.file, { previous: null, note: '' });
  }
  return pairs;
}
