/**
 * Pages for the preview: the rendered blocks of the report (paragraphs, tables), measured, dealt into page-sized
 * boxes the way a word processor does — a block that does not fit is cut at the last place it may be cut (a line of
 * a paragraph, a row boundary of a table) or moved to the next page, and a block that keeps with the next one (a
 * heading) moves with it. Pure: the preview measures, this decides.
 */

export interface FlowBlock {
  /** Height in px, up to the next block's top. */
  readonly height: number;
  /** Offsets in px inside the block, ascending, where a page may end (line or row bottoms). */
  readonly cuts: readonly number[];
  /** The block's end stays on the page where the next block starts (headings, 落款). */
  readonly keepNext: boolean;
  /** Height repeated at the top of a page the block continues on (a table's header rows). */
  readonly repeat: number;
}

/** The part of block `block` from offset `from` to `to` (px) on one page. */
export interface Slice {
  readonly block: number;
  readonly from: number;
  readonly to: number;
}

/** Sub-pixel rounding of measured heights must not push a line that fits onto the next page. */
const EPSILON = 0.5;

export function paginate(blocks: readonly FlowBlock[], pageHeight: number): Slice[][] {
  const pages: Slice[][] = [[]];
  let y = 0;
  const page = () => pages[pages.length - 1]!;
  const sliceHeight = (s: Slice) => s.to - s.from + (s.from > 0 ? blocks[s.block]!.repeat : 0);
  const newPage = (carried: Slice[] = []) => {
    pages.push(carried);
    y = carried.reduce((sum, s) => sum + sliceHeight(s), 0);
  };

  blocks.forEach((block, i) => {
    let from = 0;
    for (;;) {
      const extra = from > 0 ? block.repeat : 0;
      if (y + block.height - from + extra <= pageHeight + EPSILON) {
        page().push({ block: i, from, to: block.height });
        y += block.height - from + extra;
        return;
      }
      const room = pageHeight + EPSILON - y - extra;
      const fit = [...block.cuts].reverse().find((c) => c > from && c - from <= room);
      if (fit !== undefined) {
        page().push({ block: i, from, to: fit });
        newPage();
        from = fit;
        continue;
      }
      if (y === 0) {
        // Taller than a page up to its first cut: it overflows its page, as in Word, and goes on after.
        const to = block.cuts.find((c) => c > from) ?? block.height;
        page().push({ block: i, from, to });
        y += to - from + extra;
        if (to === block.height) return;
        newPage();
        from = to;
        continue;
      }
      newPage(carry(page(), blocks));
    }
  });
  return pages.filter((p, i) => p.length > 0 || i === 0);
}

/** The whole blocks at the end of a page that keep with the next one, taken off it — never the whole page. */
function carry(page: Slice[], blocks: readonly FlowBlock[]): Slice[] {
  let n = 0;
  while (n < page.length - 1) {
    const s = page[page.length - 1 - n]!;
    const b = blocks[s.block]!;
    if (!b.keepNext || s.from !== 0 || s.to !== b.height) break;
    n++;
  }
  return n === 0 ? [] : page.splice(page.length - n, n);
}
