/**
 * Published reports end with a signature — the agency's name and the date of issue — under part 六. It is not part of
 * the narrative (the export prints no signature), so it is taken off the last paragraphs instead of being imported as
 * text. Only a name that ends like an agency's (…局, …人民政府, …委员会) counts, so a sentence that merely ends in a
 * date stays.
 */

const DATE = String.raw`\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`;
const AGENCY_NAME = String.raw`[^。！？；，,、：:\s]{1,28}(?:局|委|办|府|院|会|厅|署|室|中心|部|处|所|站)`;
/** What may stand before a signature inside the same paragraph: the end of the last sentence. */
const SENTENCE_END = String.raw`[。！？；…!?;”’」』）)]`;

const SIGNATURE_AT_END = new RegExp(String.raw`(^|${SENTENCE_END})\s*(${AGENCY_NAME})\s*(${DATE})\s*$`);
const NAME_ONLY = new RegExp(String.raw`^\s*${AGENCY_NAME}\s*$`);
const DATE_ONLY = new RegExp(String.raw`^\s*${DATE}\s*$`);

/** The paragraphs without a trailing signature (name + date, together or as the last two paragraphs). */
export function withoutSignature(paragraphs: readonly string[]): string[] {
  const result = [...paragraphs];
  const last = result.length - 1;
  if (last < 0) return result;
  if (DATE_ONLY.test(result[last]!) && last >= 1 && NAME_ONLY.test(result[last - 1]!)) {
    return result.slice(0, last - 1);
  }
  const match = SIGNATURE_AT_END.exec(result[last]!);
  if (!match) return result;
  const kept = result[last]!.slice(0, match.index + match[1]!.length).trimEnd();
  if (kept === '') result.pop();
  else result[last] = kept;
  return result;
}
