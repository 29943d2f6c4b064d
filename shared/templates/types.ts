/**
 * The shape of a national report format as data. Every consumer — grids, docx tables, rules, importer, CLI —
 * reads these definitions; nothing else spells a label or a sum.
 */

export type FormatId = '2019' | '2021';
export const FORMAT_IDS: readonly FormatId[] = ['2019', '2021'];

export type PartId = 'overview' | 'active' | 'applications' | 'litigation' | 'problems' | 'other';
export type NarrativePartId = 'overview' | 'problems' | 'other';
export type TableId = 'active' | 'applications' | 'litigation';

/** count: whole ≥ 0; signedCount: whole, may be negative (2019 本年增/减); money: ≥ 0, decimals kept. */
export type ValueKind = 'count' | 'signedCount' | 'money';
export type MoneyUnit = '元' | '万元';
export const MONEY_UNITS: readonly MoneyUnit[] = ['元', '万元'];

export interface PartDef {
  readonly id: PartId;
  /** Official heading, e.g. 一、总体情况 */
  readonly heading: string;
  readonly kind: 'narrative' | 'table';
  /** Standard sub-headings the format lists (only 一 has them). */
  readonly standardSubheadings: readonly string[];
}

export interface CellDef {
  /** `table.row.col`, the stable id used in data, messages, tests and the CLI. */
  readonly address: string;
  readonly table: TableId;
  readonly row: string;
  readonly col: string;
  readonly kind: ValueKind;
  /** Row label as printed (with its group, e.g. （三）不予公开 1.属于国家秘密). */
  readonly rowLabel: string;
  /** Column label as printed, with its position where the format counts columns (第三列（科研机构）). */
  readonly colLabel: string;
  /** Derived cells are computed as the sum of these addresses, never typed. Earlier cells never depend on later ones. */
  readonly sumOf?: readonly string[];
  /** Money cells: the unit printed in the header (fixed) … */
  readonly unit?: MoneyUnit;
  /** … or the units the user may choose from, stored beside the value (2019 采购总金额). */
  readonly unitChoice?: readonly MoneyUnit[];
}

/** One cell of a table's printed layout, HTML-style: a spanning cell appears once, in its first row. */
export type LayoutCell =
  | {
      readonly type: 'label';
      readonly text: string;
      readonly colSpan?: number;
      readonly rowSpan?: number;
      /** The light-filled 第二十条 caption rows of table 二. */
      readonly caption?: boolean;
      /** Long row labels sit left; headers are centred. */
      readonly align?: 'left' | 'center';
    }
  | { readonly type: 'value'; readonly address: string; readonly colSpan?: number };

export interface LayoutRow {
  readonly cells: readonly LayoutCell[];
  /** Header rows repeat at the top of each page. */
  readonly header?: boolean;
}

export interface TableDef {
  readonly id: TableId;
  readonly part: PartId;
  /** Relative column widths of the grid (twentieths of a point in the reference template). */
  readonly grid: readonly number[];
  readonly rows: readonly LayoutRow[];
  /** Number cells in template order (row by row, left to right), derived ones included. */
  readonly cells: readonly CellDef[];
}

export interface FormatDef {
  readonly id: FormatId;
  /** The document that issued the format. */
  readonly issuedBy: string;
  readonly name: string;
  readonly firstYear: number;
  readonly lastYear?: number;
  readonly parts: readonly PartDef[];
  readonly tables: Readonly<Record<TableId, TableDef>>;
  /** Whether part 六 carries the 信息处理费 fields. */
  readonly hasProcessingFees: boolean;
}
