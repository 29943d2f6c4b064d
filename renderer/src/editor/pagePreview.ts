/**
 * docx-preview lays the whole report out on one endless page (it breaks pages only at explicit breaks) and leaves
 * the PAGE field of the footer empty. This deals its rendered blocks into A4 pages of the exported page size and
 * margins (logic/pagination.ts decides where), each with the export's footer and its own page number — odd pages at
 * the right, even pages at the left, as in the .docx. Word may still break a line or two differently.
 */
import type { RowFlow } from '../../../shared/report';
import { paginate } from '../logic/pagination';
import type { FlowBlock } from '../logic/pagination';

const PX_PER_PT = 96 / 72;
const lengthPx = (css: string): number => (css.endsWith('pt') ? parseFloat(css) * PX_PER_PT : parseFloat(css));

interface Measured extends FlowBlock {
  readonly element: HTMLElement;
  /** Tables: each row's bottom, from the table's top. */
  readonly rowBottoms?: readonly number[];
  readonly headerRows?: number;
}

/** Headings keep with the next paragraph and are never cut (keepNext, keepLines in shared/docx/typography). */
const KEEPS = /\bdocx_(heading[1-3]|title)\b/;

function measure(elements: readonly HTMLElement[], flows: readonly (readonly RowFlow[])[]): Measured[] {
  const tops = elements.map((e) => e.getBoundingClientRect().top);
  const last = elements[elements.length - 1];
  const end = last ? last.getBoundingClientRect().bottom : 0;
  let table = 0;
  const firstSignature = elements.findIndex((e) => e.classList.contains('docx_signature'));
  return elements.map((element, i) => {
    const height = (tops[i + 1] ?? end) - tops[i]!;
    // 落款 stays with the paragraph before it and its lines with each other (shared/docx/body.ts).
    const signature = firstSignature >= 0 && i >= firstSignature - 1 && i < elements.length - 1;
    if (element instanceof HTMLTableElement) {
      const rows = [...element.rows];
      const flow = flows[table++];
      const usable = flow && flow.length === rows.length ? flow : rows.map(() => ({ header: false, keepNext: false }));
      const top = element.getBoundingClientRect().top;
      const rowBottoms = rows.map((r) => r.getBoundingClientRect().bottom - top);
      const headerRows = usable.findIndex((f) => !f.header);
      const header = headerRows > 0 ? rowBottoms[headerRows - 1]! : 0;
      const cuts = rowBottoms.filter((_, r) => r < rows.length - 1 && !usable[r]!.keepNext);
      return {
        element,
        height,
        cuts,
        keepNext: signature,
        repeat: header,
        rowBottoms,
        headerRows: Math.max(0, headerRows),
      };
    }
    if (element instanceof HTMLParagraphElement && !KEEPS.test(element.className) && !signature) {
      const line = lengthPx(getComputedStyle(element).lineHeight);
      const lines = line > 0 ? Math.round(element.getBoundingClientRect().height / line) : 1;
      const cuts = Array.from({ length: Math.max(0, lines - 1) }, (_, k) => (k + 1) * line);
      return { element, height, cuts, keepNext: false, repeat: 0 };
    }
    return { element, height, cuts: [], keepNext: KEEPS.test(element.className) || signature, repeat: 0 };
  });
}

/** The rows [from, to) of a table, after its header rows when it continues a page; merged cells cut at the edges. */
function tableSlice(block: Measured, from: number, to: number): HTMLTableElement {
  const table = block.element as HTMLTableElement;
  const rows = [...table.rows];
  const bottoms = block.rowBottoms!;
  const first = from === 0 ? 0 : bottoms.findIndex((b) => Math.abs(b - from) < 0.5) + 1;
  const lastRow = to >= block.height - 0.5 ? rows.length : bottoms.findIndex((b) => Math.abs(b - to) < 0.5) + 1;
  // Each cell's grid column, with the row spans from above.
  const taken = new Set<string>();
  const placed: { row: number; col: number; cell: HTMLTableCellElement }[] = [];
  rows.forEach((tr, r) => {
    let c = 0;
    for (const cell of tr.cells) {
      while (taken.has(`${r},${c}`)) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) taken.add(`${r + dr},${c + dc}`);
      placed.push({ row: r, col: c, cell });
      c += cell.colSpan;
    }
  });
  const header = first > 0 ? Math.min(block.headerRows ?? 0, first) : 0;
  const ranges: [number, number][] =
    header > 0
      ? [
          [0, header],
          [first, lastRow],
        ]
      : [[first, lastRow]];
  const out = table.cloneNode(false) as HTMLTableElement;
  const cols = table.querySelector('colgroup');
  if (cols) out.append(cols.cloneNode(true));
  for (const [a, b] of ranges) {
    for (let r = a; r < b; r++) {
      const cells: { col: number; el: HTMLTableCellElement }[] = [];
      for (const p of placed) {
        const spanEnd = p.row + p.cell.rowSpan;
        if (p.row === r) {
          const el = p.cell.cloneNode(true) as HTMLTableCellElement;
          el.rowSpan = Math.min(spanEnd, b) - r;
          cells.push({ col: p.col, el });
        } else if (r === a && p.row < a && spanEnd > a) {
          // A merged cell that began on the page before: its rest, empty, as Word draws it.
          const el = p.cell.cloneNode(false) as HTMLTableCellElement;
          el.rowSpan = Math.min(spanEnd, b) - a;
          cells.push({ col: p.col, el });
        }
      }
      const tr = rows[r]!.cloneNode(false) as HTMLTableRowElement;
      tr.append(...cells.sort((x, y) => x.col - y.col).map((c) => c.el));
      out.append(tr);
    }
  }
  return out;
}

function sliceElement(block: Measured, from: number, to: number, whole: boolean): HTMLElement {
  if (whole) return block.element;
  if (block.element instanceof HTMLTableElement) return tableSlice(block, from, to);
  // A paragraph cut between lines: the same paragraph, shifted up and clipped, so its lines wrap exactly as before.
  const box = document.createElement('div');
  box.className = 'page-slice';
  box.style.height = `${to - from}px`;
  box.style.overflow = 'hidden';
  const copy = block.element.cloneNode(true) as HTMLElement;
  copy.style.marginTop = `${-from}px`;
  box.append(copy);
  return box;
}

function pageFooter(footer: Element | null, page: number): Element | null {
  if (!footer) return null;
  const copy = footer.cloneNode(true) as HTMLElement;
  const p = copy.querySelector('p');
  if (!p) return copy;
  const span = (p.querySelector('span')?.cloneNode(false) as HTMLElement | undefined) ?? document.createElement('span');
  span.textContent = `— ${page} —`;
  p.replaceChildren(span);
  if (page % 2 === 0) {
    const inset = p.style.marginInlineEnd;
    p.style.marginInlineEnd = '';
    p.style.marginInlineStart = inset;
    p.style.textAlign = 'left';
  }
  return copy;
}

/**
 * Re-lays the rendered document in `wrapper` (docx-preview's .docx-wrapper, attached and styled) as A4 pages;
 * `flows`: the row rules of the report's tables in order (shared/report/tableFlow.ts). Returns the page count.
 */
export function pagePreview(wrapper: HTMLElement, flows: readonly (readonly RowFlow[])[]): number {
  const section = wrapper.querySelector<HTMLElement>(':scope > section');
  const article = section?.querySelector<HTMLElement>(':scope > article');
  if (!section || !article) return 0;
  const footer = section.querySelector(':scope > footer');
  const style = getComputedStyle(section);
  const pageHeight = lengthPx(section.style.minHeight);
  const content = pageHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  const blocks = measure([...article.children] as HTMLElement[], flows);
  const pages = paginate(blocks, content);
  const used = new Map<number, number>();
  for (const s of pages.flat()) used.set(s.block, (used.get(s.block) ?? 0) + 1);
  const built = pages.map((slices, i) => {
    const page = section.cloneNode(false) as HTMLElement;
    page.style.height = section.style.minHeight;
    page.dataset.page = String(i + 1);
    const body = article.cloneNode(false) as HTMLElement;
    for (const s of slices) body.append(sliceElement(blocks[s.block]!, s.from, s.to, used.get(s.block) === 1));
    page.append(body);
    const f = pageFooter(footer, i + 1);
    if (f) page.append(f);
    return page;
  });
  wrapper.replaceChildren(...built);
  return built.length;
}
