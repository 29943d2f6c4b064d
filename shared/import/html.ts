/** Saved web pages: the report's paragraphs and tables, without the site around them. */
import { Parser } from 'htmlparser2';
import { BlockBuilder } from './blockBuilder';
import type { ReportDocument } from './document';
import { IMPORT_LIMITS, NestingGuard } from './limits';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'button',
  'select',
  'template',
  'svg',
  'head',
]);
/** Class or id words of site chrome (whole words only: an "article-header" is the report's own). */
const CHROME_WORD = /^(nav|navbar|menu|header|footer|breadcrumb|crumb|share|sidebar|toolbar|topbar|banner)$/i;
const isChromeElement = (attrs: Record<string, string>) =>
  `${attrs.class ?? ''} ${attrs.id ?? ''}`.split(/\s+/).some((w) => CHROME_WORD.test(w));
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'blockquote',
  'center',
  'dd',
  'dt',
  'pre',
  'br',
  'hr',
  'caption',
]);
const MAX_PAGE_TITLE = 500;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'area', 'base', 'wbr', 'source']);

const isSpaceOrTab = (ch: string | undefined) => ch === ' ' || ch === '\t';

/**
 * Source line breaks are not text: Word and CMS pages wrap Chinese lines anywhere. Removes every line break with the
 * spaces and tabs around it, by hand: the one-regex version (spaces, line breaks, spaces) backtracks quadratically
 * over a long run of spaces.
 */
export function withoutSourceLineBreaks(text: string): string {
  if (!text.includes('\n') && !text.includes('\r')) return text;
  const pieces = text.split(/[\r\n]+/);
  const last = pieces.length - 1;
  return pieces
    .map((piece, i) => {
      let from = 0;
      let to = piece.length;
      if (i > 0) while (from < to && isSpaceOrTab(piece[from])) from++;
      if (i < last) while (to > from && isSpaceOrTab(piece[to - 1])) to--;
      return piece.slice(from, to);
    })
    .join('');
}

export function htmlDocument(html: string): ReportDocument {
  const out = new BlockBuilder();
  // htmlparser2 keeps open elements in an array it unshifts: deep nesting is quadratic, so it is bounded.
  const nesting = new NestingGuard('网页', IMPORT_LIMITS.maxHtmlNesting);
  // Open elements inside a skipped one (site chrome, scripts): nothing in them is read.
  const skipStack: string[] = [];
  let inTitle = false;
  let pageTitle = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        nesting.open();
        if (name === 'title') inTitle = true;
        const chrome = SKIPPED.has(name) || isChromeElement(attrs);
        if (skipStack.length > 0 || chrome) {
          if (!VOID.has(name)) skipStack.push(name);
          return;
        }
        if (name === 'table') out.openTable();
        else if (name === 'tr') out.openRow();
        else if (name === 'td' || name === 'th') out.openCell();
        else if (BLOCK.has(name)) out.para();
      },
      ontext(text) {
        // A title is a line; a page that pours more into it is not heard out.
        if (inTitle && pageTitle.length < MAX_PAGE_TITLE) pageTitle += text.slice(0, MAX_PAGE_TITLE);
        if (skipStack.length > 0) return;
        out.addText(withoutSourceLineBreaks(text));
      },
      onclosetag(name) {
        nesting.close();
        if (name === 'title') inTitle = false;
        if (VOID.has(name)) return;
        if (skipStack.length > 0) {
          skipStack.pop();
          return;
        }
        if (name === 'table') out.closeTable();
        else if (name === 'tr') out.closeRow();
        else if (name === 'td' || name === 'th') out.closeCell();
        else if (BLOCK.has(name)) out.para();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const blocks = out.finish();
  const title = pageTitle.replace(/\s+/g, ' ').trim();
  return title ? { blocks, source: 'structured', pageTitle: title } : { blocks, source: 'structured' };
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 5000);
  return /^\s*<(!doctype|html|head|body|meta|div|table)/i.test(head) || /<(html|body)[\s>]/i.test(head);
}
