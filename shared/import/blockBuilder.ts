/**
 * Collects paragraphs and table rows from a markup walk (HTML or WordprocessingML) into blocks. A table used for
 * page layout (a cell holding a nested table or a long text) gives its cells' paragraphs as lines, not as a row.
 */
import type { Block } from './document';
import { IMPORT_LIMITS, tooManyBlocks, tooManyChars } from './limits';

interface CellBuffer {
  paras: string[];
  cur: string;
  skip: boolean;
}
interface TableContext {
  row: CellBuffer[] | null;
  cell: CellBuffer | null;
  layoutRow: boolean;
}

const LONG_CELL = 150;

export class BlockBuilder {
  readonly blocks: Block[] = [];
  private text = '';
  private chars = 0;
  /** Blocks and table cells so far (a row of a million empty cells is one block). */
  private units = 0;
  private readonly tables: TableContext[] = [];

  private get table(): TableContext | undefined {
    return this.tables[this.tables.length - 1];
  }

  addText(s: string): void {
    // Counted as it comes in, so a page of nothing but text is refused before it is all held.
    this.chars += s.length;
    if (this.chars > IMPORT_LIMITS.maxChars) throw tooManyChars();
    const cell = this.table?.cell;
    if (cell) cell.cur += s;
    else this.text += s;
  }

  /** Ends the current paragraph. */
  para(): void {
    const cell = this.table?.cell;
    if (cell) {
      if (cell.cur.trim()) cell.paras.push(cell.cur.trim());
      cell.cur = '';
      return;
    }
    // trimEnd, not /\s+$/: a regex anchored only at the end is quadratic on a long run of spaces.
    const t = this.text.trimEnd();
    if (t.trim()) this.push({ kind: 'line', text: t.replace(/^[\s\u00a0]+/, (m) => m.replace(/\u00a0/g, ' ')) });
    this.text = '';
  }

  openTable(): void {
    this.para();
    const outer = this.table;
    if (outer?.cell) {
      this.emitLines(outer.cell);
      if (outer.row) outer.layoutRow = true;
    }
    this.tables.push({ row: null, cell: null, layoutRow: false });
  }

  closeTable(): void {
    this.closeRow();
    this.tables.pop();
  }

  openRow(): void {
    const t = this.table;
    if (!t) return;
    this.closeRow();
    t.row = [];
    t.layoutRow = false;
  }

  closeRow(): void {
    const t = this.table;
    if (!t?.row) return;
    this.closeCell();
    const cells = t.row.filter((c) => !c.skip);
    t.row = null;
    const texts = cells.map((c) => c.paras.join(''));
    if (t.layoutRow || texts.some((x) => x.length > LONG_CELL)) {
      for (const c of cells) this.emitLines(c);
    } else if (texts.length > 0) {
      this.push({ kind: 'row', cells: texts });
    }
  }

  /** `skip`: a vertically merged continuation cell, which HTML would not print at all. */
  openCell(skip = false): void {
    const t = this.table;
    if (!t) return;
    if (!t.row) t.row = [];
    this.closeCell();
    this.count();
    t.cell = { paras: [], cur: '', skip };
    t.row.push(t.cell);
  }

  /** The open cell continues the one above (Word's vMerge): it is not printed again. */
  markContinuation(): void {
    const cell = this.table?.cell;
    if (cell) cell.skip = true;
  }

  closeCell(): void {
    const t = this.table;
    if (!t?.cell) return;
    if (t.cell.cur.trim()) t.cell.paras.push(t.cell.cur.trim());
    t.cell.cur = '';
    t.cell = null;
  }

  finish(): Block[] {
    while (this.tables.length > 0) this.closeTable();
    this.para();
    return this.blocks;
  }

  private count(): void {
    if (++this.units > IMPORT_LIMITS.maxBlocks) throw tooManyBlocks();
  }

  private push(block: Block): void {
    this.count();
    this.blocks.push(block);
  }

  private emitLines(cell: CellBuffer): void {
    if (cell.cur.trim()) cell.paras.push(cell.cur.trim());
    cell.cur = '';
    for (const p of cell.paras) this.push({ kind: 'line', text: p });
    cell.paras = [];
  }
}
