/**
 * Published reports end with a signature — the agency's name and the date of issue — under part 六. It is not part of
 * the narrative: it is taken off the last paragraphs and kept in the draft's signature, which the export prints at
 * the end. Only a name that ends like an agency's (…局, …人民政府, …委员会) counts, so a sentence that merely ends in
 * a date stays.
 */

const DATE = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const AGENCY_NAME = String.raw`[^。！？；，,、：:\s]{1,28}(?:局|委|办|府|院|会|厅|署|室|中心|部|处|所|站)`;
/** What may stand before a signature inside the same paragraph: the end of the last sentence. */
const SENTENCE_END = String.raw`[。！？；…!?;”’」』）)]`;

const SIGNATURE_AT_END = new RegExp(String.raw`(^|${SENTENCE_END})\s*(${AGENCY_NAME})\s*${DATE}\s*$`);
const NAME_ONLY = new RegExp(String.raw`^\s*(${AGENCY_NAME})\s*$`);
const DATE_ONLY = new RegExp(String.raw`^\s*${DATE}\s*$`);

export interface ReadSignature {
  readonly agency: string;
  /** ISO date (2021-01-07); null when the printed date is not a real day (2021年2月30日). */
  readonly date: string | null;
  /** The date as printed, for the coverage report when it could not be read. */
  readonly printed: string;
}

function isoDate(y: string, m: string, d: string): string | null {
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const read = (agency: string, y: string, m: string, d: string): ReadSignature => ({
  agency: agency.trim(),
  date: isoDate(y, m, d),
  printed: `${y}年${m}月${d}日`,
});

/** The paragraphs without a trailing signature (name + date, together or as the last two paragraphs), and it. */
export function splitSignature(
  paragraphs: readonly string[],
  agencyName = '',
): {
  paragraphs: string[];
  signature: ReadSignature | null;
} {
  const result = [...paragraphs];
  const last = result.length - 1;
  if (last < 0) return { paragraphs: result, signature: null };
  // A signature still without its date (as the export prints it): the agency's own name, alone, at the very end.
  const name = agencyName.trim();
  if (name !== '' && result[last]!.trim() === name && NAME_ONLY.test(name)) {
    return { paragraphs: result.slice(0, last), signature: { agency: name, date: null, printed: '' } };
  }
  const date = DATE_ONLY.exec(result[last]!);
  const named = last >= 1 ? NAME_ONLY.exec(result[last - 1]!) : null;
  if (date && named) {
    return { paragraphs: result.slice(0, last - 1), signature: read(named[1]!, date[1]!, date[2]!, date[3]!) };
  }
  const match = SIGNATURE_AT_END.exec(result[last]!);
  if (!match) return { paragraphs: result, signature: null };
  const kept = result[last]!.slice(0, match.index + match[1]!.length).trimEnd();
  if (kept === '') result.pop();
  else result[last] = kept;
  return { paragraphs: result, signature: read(match[2]!, match[3]!, match[4]!, match[5]!) };
}

export function withoutSignature(paragraphs: readonly string[]): string[] {
  return splitSignature(paragraphs).paragraphs;
}
