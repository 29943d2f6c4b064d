/**
 * Spaces that PDF extraction puts into Chinese text: around numbers (2024 年, 国令第 711 号), between the characters
 * of a justified line (邮 编 ：) and beside full-width punctuation. Chinese prose has none of these, so they are taken
 * out; a space between Latin words, in a URL or e-mail address, between two numbers (two phone numbers) or between
 * Chinese and a Latin word (通过 APP 发布) is the author's and stays.
 */

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Full-width punctuation: 、。〈〉《》「」【】 ，：；（） “” ‘’ — … and the ideographic space's block. */
const FULL_PUNCT =
  /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026]/;
const DIGIT = /[0-9]/;

const isHan = (c: string | undefined) => c !== undefined && HAN.test(c);
const isPunct = (c: string | undefined) => c !== undefined && FULL_PUNCT.test(c);
const isDigit = (c: string | undefined) => c !== undefined && DIGIT.test(c);

/** Whether a space run between `before` and `after` was put there by extraction. */
function inserted(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  if (isPunct(before) || isPunct(after)) return true;
  if (isHan(before)) return isHan(after) || isDigit(after);
  return isDigit(before) && isHan(after);
}

/** The text without the spaces extraction inserted (see above); other spaces are left as they are. */
export function withoutExtractionSpaces(text: string): string {
  // One pass over the space runs, each judged by the characters either side: linear, whatever the input.
  return text.replace(/[ \u00a0\u3000]+/g, (run, at: number) =>
    inserted(text[at - 1], text[at + run.length]) ? '' : run,
  );
}
