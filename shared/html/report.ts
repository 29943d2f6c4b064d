/**
 * Draft → a self-contained UTF-8 web page for the agency's website: the same content as the .docx (shared/report),
 * as semantic elements — h1 title, h2 parts, h3/h4 sub-sections (a run-in one as <strong> leading its p), p paragraphs, the official tables with their
 * rowspan/colspan — and no Word styles, so it pastes cleanly into a CMS. The importer reads it back cell for cell.
 */
import type { Draft } from '../model';
import { draftTitle } from '../model';
import { reportContent } from '../report';
import type { ReportBlock, ReportContent } from '../report';
import { htmlLine, htmlText } from './escape';
import { tableHtml } from './table';

/** For the page when opened on its own; a CMS keeps only the body, whose look does not depend on it. */
const PAGE_STYLE =
  'body{max-width:52em;margin:2em auto;padding:0 1em;font-family:"仿宋_GB2312","仿宋",FangSong,serif;line-height:1.8}' +
  'h1{text-align:center;font-weight:normal}h2,h3,h4{font-size:1em}p{text-indent:2em;margin:0}' +
  'table{margin:0.5em 0;font-size:0.9em}th,td{border:1px solid #000;padding:4px}';

function blockHtml(block: ReportBlock, content: ReportContent): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${block.lines.map(htmlText).join('<br>')}</h1>\n`;
    case 'heading': {
      const tag = `h${block.level + 1}`;
      return `<${tag}>${htmlText(block.text)}</${tag}>\n`;
    }
    case 'paragraph':
      // A run-in sub-heading leads its paragraph, set off as the heading it is.
      return block.runIn
        ? `<p><strong>${htmlLine(block.runIn.text)}</strong>${htmlText(block.text)}</p>\n`
        : `<p>${htmlText(block.text)}</p>\n`;
    case 'table':
      return tableHtml(block.table, content);
    case 'signature':
      return signatureHtml(block);
  }
}

/** 落款: right-aligned, each line's right indent in characters as in the .docx (shared/report/signature.ts). */
function signatureHtml(block: Extract<ReportBlock, { kind: 'signature' }>): string {
  // One blank line above, as in the .docx.
  const line = (text: string, indent: number, first: boolean) =>
    `<p style="text-align:right;text-indent:0;padding-right:${indent}em${first ? ';margin-top:1.8em' : ''}">` +
    `${htmlLine(text)}</p>\n`;
  const { agency, date } = block.lines;
  return (
    (agency === null ? '' : line(agency, block.indents.agency, true)) +
    (date === null ? '' : line(date, block.indents.date, agency === null))
  );
}

/** The report's body only: what 复制网页代码 could paste into a CMS editor's source view. */
export function reportArticleHtml(draft: Draft): string {
  const content = reportContent(draft);
  return `<article class="xxgk-report">\n${content.blocks.map((b) => blockHtml(b, content)).join('')}</article>\n`;
}

/** The whole page: a UTF-8 document with the title in <head> and the article as its body. */
export function buildReportHtml(draft: Draft): string {
  return (
    '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${htmlLine(draftTitle(draft).trim())}</title>\n<style>${PAGE_STYLE}</style>\n</head>\n<body>\n` +
    reportArticleHtml(draft) +
    '</body>\n</html>\n'
  );
}
