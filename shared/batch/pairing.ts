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
 * A name that differs only by a leading place name pairs when it is the only one, with a note.
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
    const loose = found.length === 0 && key ? looseMatches(key, c.draft.year - 1, previous) : [];
    if (found.length === 1) pairs.set(c.file, { previous: found[0]!, note: '' });
    else if (loose.length === 1) {
      const p = loose[0]!;
      pairs.set(c.file, {
        previous: p,
        note: `上年报告按机关名称「${p.draft.agency.name}」配对（与「${c.draft.agency.name}」只差地名前缀），请核对`,
      });
    } else if (found.length > 1) {
      pairs.set(c.file, {
        previous: null,
        note: `上年报告有${found.length}份（${found.map((f) => f.file).join('、')}），未作跨年度检查`,
      });
    } else pairs.set(c.file, { previous: null, note: '' });
  }
  return pairs;
}

/**
 * A title often drops or adds the city before a district's name (洪泽区人民政府 / 淮安市洪泽区人民政府): one name
 * ending with the other is a match when exactly one of last year's reports fits, and the pairing says so.
 */
const MIN_LOOSE_KEY = 5;
const PLACE_END = /[省市州盟县区]$/u;

function looseMatches(key: string, year: number, previous: readonly ReadOk[]): ReadOk[] {
  return previous.filter((p) => {
    if (p.draft.year !== year) return false;
    const other = agencyKey(p.draft.agency.name);
    const [short, long] = other.length < key.length ? [other, key] : [key, other];
    if (short.length < MIN_LOOSE_KEY || short === long || !long.endsWith(short)) return false;
    // What the longer name adds in front must itself be a place (…省, …市, …县), not the start of a word.
    return PLACE_END.test(long.slice(0, long.length - short.length));
  });
}
