/**
 * The look of an exported report as one readonly value: page, line grid, faces and sizes. `DEFAULT_STYLE` is the 公文
 * page (GB/T 9704-2012 and common practice; TEMPLATE-SPEC.md, last section). Everything the builder derives from it
 * (text block, line pitch, footer distance, styles part, font table, table skeletons) is computed per style and cached
 * by the style object, so pass the same object again to reuse the caches.
 */

/** Font sizes in half-points, by their Chinese names. */
export const SIZE = { 二号: 44, 三号: 32, 四号: 28, 五号: 21 } as const;

export interface ExportStyle {
  /** Twips (1/20 pt). */
  readonly page: {
    readonly width: number;
    readonly height: number;
    readonly margin: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  };
  /** Lines of body text a page holds: the fixed line pitch is the text block's height shared by them. */
  readonly linesPerPage: number;
  /** Characters of body text a line holds (GB/T 9704 §5.2.2: 28); body text is condensed to fit them. */
  readonly charsPerLine: number;
  /**
   * East Asian faces go in the East Asian slot; Latin letters and digits use `latin`. The fallbacks
   * (仿宋_GB2312 → 仿宋 → FangSong …) are declared in the font table (see fontTable.ts).
   */
  readonly fonts: {
    readonly latin: string;
    readonly title: string;
    readonly body: string;
    readonly heading1: string;
    readonly heading2: string;
    readonly table: string;
    readonly pageNumber: string;
  };
  /** Half-points. Headings are set in the body size. */
  readonly sizes: {
    readonly title: number;
    readonly body: number;
    readonly table: number;
    readonly pageNumber: number;
  };
}

/** Exact twips, not docx's convertMillimetersToTwip, which rounds A4's width down to 11905. */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(value);
}

/** A4; margins 37/35/28/26 mm; 22 lines a page; 方正小标宋简体 二号 title, 仿宋_GB2312 三号 body, 宋体 五号 tables. */
export const DEFAULT_STYLE: ExportStyle = deepFreeze({
  page: { width: 11906, height: 16838, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } },
  linesPerPage: 22,
  charsPerLine: 28,
  fonts: {
    latin: 'Times New Roman',
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    table: '宋体',
    pageNumber: '宋体',
  },
  sizes: { title: SIZE.二号, body: SIZE.三号, table: SIZE.五号, pageNumber: SIZE.四号 },
});

/** The page number line's height: an exact line (twips). */
export const PAGE_NUMBER_LINE = 320;

/** What the builder derives from a style, in twips. */
export interface StyleMetrics {
  /** The text block: 156 × 225 mm on the default page. */
  readonly textWidth: number;
  readonly textHeight: number;
  /** Rounded down so the last line fits. */
  readonly linePitch: number;
  /** Two characters of body text: the first-line and heading indent. */
  readonly twoChars: number;
  /**
   * 28 × 16 pt is a little wider than the 156 mm text block, so body text is condensed by the smallest whole step
   * (twentieths of a point) that fits `charsPerLine` characters: −5 on the default page. A `linesAndChars` document
   * grid with a negative `charSpace` does the same in Word, but LibreOffice 7.4 then gives each 三号 character two
   * grid cells (14 characters a line), so the grid stays `lines`, as in the official template, and the run spacing
   * does the narrowing in every application.
   */
  readonly characterSpacing: number;
  /** One character of body text on the line, condensed as above (twips). */
  readonly bodyCharWidth: number;
  /** The page number line's top 7 mm below the text block (GB/T 9704 §7.5). */
  readonly footerDistance: number;
  /** The page number is inset one character of its own size from the text block's edge. */
  readonly pageNumberInset: number;
}

export function metricsOf(style: ExportStyle): StyleMetrics {
  const { page } = style;
  const textHeight = page.height - page.margin.top - page.margin.bottom;
  const textWidth = page.width - page.margin.left - page.margin.right;
  const characterSpacing = Math.min(0, -Math.ceil(style.sizes.body * 10 - textWidth / style.charsPerLine));
  return {
    textWidth,
    textHeight,
    linePitch: Math.floor(textHeight / style.linesPerPage),
    twoChars: style.sizes.body * 20,
    characterSpacing,
    bodyCharWidth: style.sizes.body * 10 + characterSpacing,
    footerDistance: page.margin.bottom - mm(7) - PAGE_NUMBER_LINE,
    pageNumberInset: style.sizes.pageNumber * 10,
  };
}

/** A cache of things built from a style: one entry per style object. */
export function perStyle<T>(build: (style: ExportStyle) => T): (style: ExportStyle) => T {
  const cache = new WeakMap<ExportStyle, T>();
  return (style) => {
    let hit = cache.get(style);
    if (hit === undefined) {
      hit = build(style);
      cache.set(style, hit);
    }
    return hit;
  };
}
