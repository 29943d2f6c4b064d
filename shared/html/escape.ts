import { xmlSafeLine, xmlSafeText } from '../report';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or attribute content: every character HTML gives a meaning to is escaped. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A user's paragraph: controls dropped as in the .docx, a typed line break stays a line break. */
export const htmlText = (text: string): string =>
  xmlSafeText(text)
    .split('\n')
    .map((line) => escapeHtml(line))
    .join('<br>');

/** Single-line text (labels, the page title). */
export const htmlLine = (text: string): string => escapeHtml(xmlSafeLine(text));
