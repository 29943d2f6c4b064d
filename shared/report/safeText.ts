/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab/newline, U+FFFE/U+FFFF) are dropped, and so are DEL and
 * the C1 controls, which XML allows but which never print anything; a lone surrogate becomes U+FFFD so the reader
 * still sees that something was there. docx itself writes U+FFFE/U+FFFF raw, which LibreOffice refuses to open, so
 * every user string passes through here before it reaches docx.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching the forbidden control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** CR LF, a lone CR, NEL and the Unicode line/paragraph separators all mean "new line" to whoever pasted them. */
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

export function xmlSafeText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(FORBIDDEN, (c) => (c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
}

/** Single-line text (table labels, document properties): line breaks and tabs become spaces. */
export function xmlSafeLine(text: string): string {
  return xmlSafeText(text).replace(/[\n\t]/g, ' ');
}

/** A blank paragraph in the draft is an editing leftover, not content. */
export function isBlank(text: string): boolean {
  return xmlSafeText(text).trim() === '';
}
