import { AlignmentType, LineRuleType } from 'docx';
import type { IStylesOptions } from 'docx';

/**
 * The 公文 page (GB/T 9704-2012 and common practice; TEMPLATE-SPEC.md, last section), in twips (1/20 pt).
 * Exact twips, not docx's convertMillimetersToTwip, which rounds A4's width down to 11905.
 */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
} as const;

/** 156 × 225 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const TEXT_HEIGHT = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

/** 22 lines a page: the fixed line pitch is the text block's height shared by 22, rounded down so line 22 fits. */
export const LINES_PER_PAGE = 22;
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/** Font sizes in half-points, by their Chinese names. */
export const SIZE = { 二号: 44, 三号: 32, 四号: 28, 五号: 21 } as const;

/**
 * 28 characters of 三号 a line (GB/T 9704 §5.2.2). 28 × 16 pt is wider than the text block, so the document grid
 * narrows the character pitch: `charSpace` is the pitch's difference from the 16 pt body size in 1/4096 pt, rounded
 * down so that the 28th character still fits (Word and WPS count floor(width / pitch) characters a line).
 */
export const CHARS_PER_LINE = 28;
/**
 * 28 × 16 pt is a little wider than the 156 mm text block, so body text is condensed by the smallest whole step that
 * fits 28 characters: −5 twentieths of a point. A `linesAndChars` document grid with a negative `charSpace` does the
 * same in Word, but LibreOffice 7.4 then gives each 三号 character two grid cells (14 characters a line), so the grid
 * stays `lines`, as in the official template, and the run spacing does the narrowing in every application.
 */
export const CHARACTER_SPACING = -Math.ceil(SIZE.三号 * 10 - TEXT_WIDTH / CHARS_PER_LINE);

/** Body text is 三号: two characters of indent are 32 pt. */
const TWO_CHARS = { firstLine: SIZE.三号 * 20 } as const;
const NO_INDENT = { firstLine: 0, left: 0, right: 0 } as const;

/** The page number line: 四号 on an exact line, its top 7 mm below the text block (GB/T 9704 §7.5). */
export const PAGE_NUMBER_LINE = 320;
export const FOOTER_DISTANCE = PAGE.margin.bottom - mm(7) - PAGE_NUMBER_LINE;
/** The page number is inset one character (四号) from the text block's edge. */
export const PAGE_NUMBER_INSET = SIZE.四号 * 10;

/**
 * East Asian faces go in the East Asian slot; Latin letters and digits are Times New Roman. The fallbacks
 * (仿宋_GB2312 → 仿宋 → FangSong …) are declared in the font table (see fontTable.ts).
 */
export const FONT = {
  latin: 'Times New Roman',
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  table: '宋体',
  pageNumber: '宋体',
} as const;

const eastAsian = (face: string) => ({
  ascii: FONT.latin,
  hAnsi: FONT.latin,
  cs: FONT.latin,
  eastAsia: face,
  hint: 'eastAsia',
});

const exactLines = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** Style ids the body refers to. Title and Heading1–3 are Word's built-in ones, so the navigation pane sees them. */
export const STYLE = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  table: 'TableText',
  pageNumber: 'PageNumber',
  signature: 'Signature',
} as const;

/** One character of body text on the line: 三号 condensed by the body's character spacing. */
export const BODY_CHAR_WIDTH = SIZE.三号 * 10 + CHARACTER_SPACING;

/**
 * `overflowPunctuation` is Word's own default (a line-final 。 may hang in the margin), written out for LibreOffice:
 * its importer reads the element inverted, so written it turns LibreOffice's hanging punctuation off — and 7.4 does
 * not paint a 。 that hangs at the end of a justified line, so without it such a 。 vanished from the page.
 */
const BODY_PARAGRAPH = {
  spacing: exactLines,
  indent: TWO_CHARS,
  alignment: AlignmentType.JUSTIFIED,
  overflowPunctuation: true,
} as const;

const headingBase = { keepNext: true, keepLines: true, indent: TWO_CHARS, spacing: exactLines } as const;
/** Word's heading styles come blue and enlarged by default; a 公文 heading is plain black text. */
const plainRun = { color: '000000', italics: false, size: SIZE.三号 } as const;

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: eastAsian(FONT.body), size: SIZE.三号, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: BODY_PARAGRAPH,
    },
    title: {
      run: { ...plainRun, font: eastAsian(FONT.title), size: SIZE.二号, bold: false },
      paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: exactLines },
    },
    heading1: {
      run: { ...plainRun, font: eastAsian(FONT.heading1), bold: false },
      paragraph: { ...headingBase, outlineLevel: 0 },
    },
    heading2: {
      run: { ...plainRun, font: eastAsian(FONT.heading2), bold: false },
      paragraph: { ...headingBase, outlineLevel: 1 },
    },
    heading3: {
      run: { ...plainRun, font: eastAsian(FONT.body), bold: true },
      paragraph: { ...headingBase, outlineLevel: 2 },
    },
  },
  paragraphStyles: [
    // Normal repeats the document defaults: LibreOffice drops a default first-line indent on some paragraphs.
    // Its condensed spacing reaches every style based on it (title, headings), not the table and page number.
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: { characterSpacing: CHARACTER_SPACING },
      paragraph: BODY_PARAGRAPH,
    },
    {
      id: STYLE.table,
      name: 'Table Text',
      quickFormat: true,
      run: { font: eastAsian(FONT.table), size: SIZE.五号 },
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: NO_INDENT,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      },
    },
    {
      // 落款: body text set flush right; each paragraph adds its own right indent (GB/T 9704 §7.3.5.2).
      id: STYLE.signature,
      name: 'Signature',
      basedOn: 'Normal',
      paragraph: { alignment: AlignmentType.RIGHT, indent: NO_INDENT, keepLines: true },
    },
    {
      id: STYLE.pageNumber,
      name: 'Page Number Line',
      run: {
        font: { ascii: FONT.pageNumber, hAnsi: FONT.pageNumber, cs: FONT.pageNumber, eastAsia: FONT.pageNumber },
        size: SIZE.四号,
      },
      paragraph: {
        indent: NO_INDENT,
        spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      },
    },
  ],
};
