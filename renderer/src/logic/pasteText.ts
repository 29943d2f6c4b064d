/**
 * Text pasted into a sub-section's body, as Word users paste it from last year's report, a web page or a PDF: the
 * export indents every paragraph by two characters itself, so indentation brought along (full-width spaces, spaces,
 * tabs) would print twice. Every line break Word, WPS or a browser puts on the clipboard starts a paragraph; blank
 * lines between paragraphs are separators, not paragraphs.
 */

/** Paragraph and line separators a clipboard may carry: CRLF, CR, LF, vertical tab (Word's soft break), U+2028/9. */
const BREAKS = /\r\n|[\r\n\v\f\u2028\u2029]/;
/** Indentation: ASCII and full-width spaces, tabs, no-break spaces, and the other Unicode space separators. */
const LEADING = /^[\s\u3000\u00a0\u2000-\u200b\ufeff]+/;
const TRAILING = /[\s\u3000\u00a0\u2000-\u200b\ufeff]+$/;
const LEADING_BREAK = /^[\s\u3000\u00a0\u2000-\u200b\ufeff]*[\r\n\v\f\u2028\u2029]/;
const TRAILING_BREAK = /[\r\n\v\f\u2028\u2029][\s\u3000\u00a0\u2000-\u200b\ufeff]*$/;

/** The paragraphs of a pasted text, without their indentation; empty when it holds nothing but white space. */
export function pastedParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(BREAKS)) {
    const clean = line.replace(LEADING, '').replace(TRAILING, '');
    if (clean !== '') out.push(clean);
  }
  return out;
}

/**
 * The body text after pasting `text` over the selection [start, end) of `body` (one paragraph per line), and where the
 * caret goes: after what was pasted, as in Word. A paste of white space only changes nothing (null).
 */
export function pasteIntoBody(
  body: string,
  start: number,
  end: number,
  text: string,
): { readonly text: string; readonly caret: number } | null {
  const paragraphs = pastedParagraphs(text);
  if (paragraphs.length === 0) return null;
  // A paragraph break at either end of the clipboard text is kept against text on the same line, as Word keeps it:
  // "第一段\r\n" pasted before "已有" leaves "已有" a paragraph of its own.
  const before = body.slice(0, start);
  const after = body.slice(end);
  const lead = LEADING_BREAK.test(text) && before !== '' && !before.endsWith('\n') ? '\n' : '';
  const trail = TRAILING_BREAK.test(text) && after !== '' && !after.startsWith('\n') ? '\n' : '';
  const inserted = lead + paragraphs.join('\n') + trail;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}
