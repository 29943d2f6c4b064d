/**
 * Test helpers: open a .docx the way a strict consumer would and turn its tables into plain data that can be
 * compared with the reference template's.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import type { Document as XmlDocument, Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { officialTemplate2021 } from '../../helpers/drafts';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const REFERENCE_TEMPLATE = officialTemplate2021;

export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** Code points outside XML 1.0's Char production. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Strict parsing: bytes must be valid UTF-8 (a lone surrogate cannot be encoded), every character and character
 * reference must be an XML 1.0 Char (xmldom does not check that), and xmldom must report no error or warning
 * (but the U+FFFD one).
 */
export function parseXmlStrict(bytes: Uint8Array, name = 'part'): XmlDocument {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) throw new Error(`${name}: character U+${bad[0].codePointAt(0)!.toString(16)} at ${bad.index}`);
  for (const ref of text.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const code = ref[1]!.startsWith('x') ? parseInt(ref[1]!.slice(1), 16) : parseInt(ref[1]!, 10);
    if (NOT_XML_CHAR.test(String.fromCodePoint(code))) throw new Error(`${name}: character reference ${ref[0]}`);
  }
  const parser = new DOMParser({
    onError: (level, message) => {
      // U+FFFD is how the export marks a lone surrogate the user pasted: intended, not an encoding accident.
      if (level === 'warning' && /replacement character/.test(message)) return;
      throw new Error(`${name}: ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, 'text/xml');
}

export function docxPart(bytes: Uint8Array, part: string): XmlDocument {
  const file = unzipDocx(bytes)[part];
  if (!file) throw new Error(`${part} missing`);
  return parseXmlStrict(file, part);
}

export const referenceDocument = () => docxPart(readFileSync(REFERENCE_TEMPLATE), 'word/document.xml');

export function children(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === localName && (n as Element).namespaceURI === W)
      out.push(n as Element);
  }
  return out;
}

export function child(parent: Element, ...pathNames: string[]): Element | undefined {
  let current: Element | undefined = parent;
  for (const name of pathNames) current = current && children(current, name)[0];
  return current;
}

export const wAttr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? null;

export function all(parent: XmlDocument | Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(W, localName)) as Element[];
}

/** Text of a cell or paragraph as a reader sees it: <w:t> text, <w:br/> as a newline, <w:tab/> as a tab. */
export function textOf(el: Element): string {
  let text = '';
  const walk = (node: Element) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.localName === 't') text += e.textContent ?? '';
      else if (e.localName === 'br') text += '\n';
      else if (e.localName === 'tab' && e.parentNode && (e.parentNode as Element).localName === 'r') text += '\t';
      else walk(e);
    }
  };
  walk(el);
  return text;
}

export interface CellShape {
  readonly text: string;
  readonly gridSpan: number;
  /** null: not merged vertically; 'restart' starts a merge, 'continue' carries it on. */
  readonly vMerge: 'restart' | 'continue' | null;
  readonly fill: string | null;
}
export interface RowShape {
  readonly header: boolean;
  readonly cantSplit: boolean;
  readonly cells: readonly CellShape[];
}
export interface TableShape {
  readonly grid: readonly number[];
  readonly rows: readonly RowShape[];
}

const onOff = (el: Element | undefined) => el !== undefined && !['0', 'false', 'off'].includes(wAttr(el, 'val') ?? '');

export function tableShape(tbl: Element): TableShape {
  const grid = children(child(tbl, 'tblGrid')!, 'gridCol').map((g) => Number(wAttr(g, 'w')));
  const rows = children(tbl, 'tr').map((tr): RowShape => {
    const trPr = child(tr, 'trPr');
    return {
      header: onOff(trPr && child(trPr, 'tblHeader')),
      cantSplit: onOff(trPr && child(trPr, 'cantSplit')),
      cells: children(tr, 'tc').map((tc): CellShape => {
        const tcPr = child(tc, 'tcPr');
        const vMerge = tcPr && child(tcPr, 'vMerge');
        const fill = wAttr(tcPr && child(tcPr, 'shd'), 'fill');
        return {
          // The template breaks some labels by hand (结果<br/>维持) and pads empty cells with U+3000.
          text: textOf(tc).replace(/[\s\u3000]/g, ''),
          gridSpan: Number(wAttr(tcPr && child(tcPr, 'gridSpan'), 'val') ?? 1),
          vMerge: vMerge ? (wAttr(vMerge, 'val') === 'restart' ? 'restart' : 'continue') : null,
          fill: fill && fill !== 'auto' && fill.toUpperCase() !== 'FFFFFF' ? fill.toUpperCase() : null,
        };
      }),
    };
  });
  return { grid, rows };
}

export const tablesIn = (doc: XmlDocument) => all(doc, 'tbl').map(tableShape);
