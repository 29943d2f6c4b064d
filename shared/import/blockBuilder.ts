/**
 * Collects paragraphs and table rows from a markup walk (HTML or WordprocessingML) into blocks. A table used for
 * page layout (a cell holding a nested table or a long text) gives its cells' paragraphs as lines, not as a row.
 */
import type { Block } from './document';

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
  private readonly tables: TableContext[] = [];

  private get table(): TableContext | undefined {
    return this.tables[this.tables.length - 1];
  }

  addText(s: string): void {
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
    const t = this.text.replace(/[\s\u00a0\u3000]+$/, '');
    if (t.trim()) this.blocks.push({ kind: 'line', text: t.replace(/^[\s\u00a0]+/, (m) => m.replace(/\u00a0/g, ' ')) });
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
      this.blocks.push({ kind: 'row', cells: texts });
    }
  }

  /** `skip`: a vertically merged continuation cell, which HTML would not print at all. */
  openCell(skip = false): void {
    const t = this.table;
    if (!t) return;
    if (!t.row) t.row = [];
    this.closeCell();
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

  private emitLines(cell: CellBuffer): void {
    if (cell.cur.trim()) cell.paras.push(cell.cur.trim());
    cell.cur = '';
    for (const p of cell.paras) this.blocks.push({ kind: 'line', text: p });
    cell.paras = [];
  }
}
