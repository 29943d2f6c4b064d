import { AlignmentType, LineRuleType } from 'docx';
import type { IStylesOptions } from 'docx';
import { DEFAULT_STYLE, metricsOf, PAGE_NUMBER_LINE, perStyle } from './style';
import type { ExportStyle } from './style';

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

const NO_INDENT = { firstLine: 0, left: 0, right: 0 } as const;

const eastAsian = (style: ExportStyle, face: string) => ({
  ascii: style.fonts.latin,
  hAnsi: style.fonts.latin,
  cs: style.fonts.latin,
  eastAsia: face,
  hint: 'eastAsia',
});

/** The styles part of an export in `style` (docx's styles options). */
export const stylesOf = perStyle((style: ExportStyle): IStylesOptions => {
  const { fonts, sizes } = style;
  const { linePitch, twoChars, characterSpacing } = metricsOf(style);
  const exactLines = { line: linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
  const indent = { firstLine: twoChars } as const;
  // `overflowPunctuation` is Word's own default (a line-final 。 may hang in the margin), written out for LibreOffice:
  // its importer reads the element inverted, so written it turns LibreOffice's hanging punctuation off — and 7.4
  // does not paint a 。 that hangs at the end of a justified line, so without it such a 。 vanished from the page.
  const bodyParagraph = {
    spacing: exactLines,
    indent,
    alignment: AlignmentType.JUSTIFIED,
    overflowPunctuation: true,
  } as const;
  const headingBase = { keepNext: true, keepLines: true, indent, spacing: exactLines } as const;
  // Word's heading styles come blue and enlarged by default; a 公文 heading is plain black text.
  const plainRun = { color: '000000', italics: false, size: sizes.body } as const;
  return {
    default: {
      document: {
        run: { font: eastAsian(style, fonts.body), size: sizes.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: bodyParagraph,
      },
      title: {
        run: { ...plainRun, font: eastAsian(style, fonts.title), size: sizes.title, bold: false },
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: exactLines },
      },
      heading1: {
        run: { ...plainRun, font: eastAsian(style, fonts.heading1), bold: false },
        paragraph: { ...headingBase, outlineLevel: 0 },
      },
      heading2: {
        run: { ...plainRun, font: eastAsian(style, fonts.heading2), bold: false },
        paragraph: { ...headingBase, outlineLevel: 1 },
      },
      heading3: {
        run: { ...plainRun, font: eastAsian(style, fonts.body), bold: true },
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
        run: { characterSpacing },
        paragraph: bodyParagraph,
      },
      {
        id: STYLE.table,
        name: 'Table Text',
        quickFormat: true,
        run: { font: eastAsian(style, fonts.table), size: sizes.table },
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
          font: { ascii: fonts.pageNumber, hAnsi: fonts.pageNumber, cs: fonts.pageNumber, eastAsia: fonts.pageNumber },
          size: sizes.pageNumber,
        },
        paragraph: {
          indent: NO_INDENT,
          spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        },
      },
    ],
  };
});

/** The default style's styles part. */
export const STYLES: IStylesOptions = stylesOf(DEFAULT_STYLE);
