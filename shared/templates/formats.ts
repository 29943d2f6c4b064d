import { activeTable } from './active';
import { applicationsTable } from './applications';
import { litigationTable } from './litigation';
import { PARTS, TABLE_IDS } from './parts';
import type { CellDef, FormatDef, FormatId, TableDef } from './types';

const FORMATS: Readonly<Record<FormatId, FormatDef>> = {
  '2019': {
    id: '2019',
    issuedBy: '国办公开办函〔2019〕60号',
    name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
    firstYear: 2019,
    lastYear: 2020,
    parts: PARTS,
    tables: { active: activeTable('2019'), applications: applicationsTable('2019'), litigation: litigationTable() },
    hasProcessingFees: false,
  },
  '2021': {
    id: '2021',
    issuedBy: '国办公开办函〔2021〕30号',
    name: '中华人民共和国政府信息公开工作年度报告格式',
    firstYear: 2021,
    parts: PARTS,
    tables: { active: activeTable('2021'), applications: applicationsTable('2021'), litigation: litigationTable() },
    hasProcessingFees: true,
  },
};

/** The definition of a format id; an id that is not one (a name from a damaged file, `__proto__`) throws. */
export function getFormat(id: FormatId): FormatDef {
  if (!Object.hasOwn(FORMATS, id)) throw new Error(`unknown format: ${String(id)}`);
  return FORMATS[id];
}

/** The format a new draft for `year` starts on. A draft stores its own format: 2022 reports on the 2019 one exist. */
export function formatForYear(year: number): FormatId {
  return year >= FORMATS['2021'].firstYear ? '2021' : '2019';
}

export function tablesOf(format: FormatDef): readonly TableDef[] {
  return TABLE_IDS.map((id) => format.tables[id]);
}

interface CellIndex {
  /** Every number cell in template order (tables 二, 三, 四), derived ones included. */
  readonly all: readonly CellDef[];
  readonly entered: readonly CellDef[];
  readonly derived: readonly CellDef[];
  readonly byAddress: ReadonlyMap<string, CellDef>;
}

const indexCache = new Map<FormatId, CellIndex>();

/** Why an address is refused: the same words in the CLI, the draft file check and wherever else a user names one. */
export const unknownCellReason = (format: FormatId, address: string): string =>
  `没有这个单元格：${address}（${format}格式的单元格地址形如 applications.new.natural）`;

export function cellIndex(format: FormatId): CellIndex {
  const cached = indexCache.get(format);
  if (cached) return cached;
  const all = tablesOf(getFormat(format)).flatMap((t) => t.cells);
  const index: CellIndex = {
    all,
    entered: all.filter((c) => !c.sumOf),
    derived: all.filter((c) => c.sumOf),
    byAddress: new Map(all.map((c) => [c.address, c])),
  };
  indexCache.set(format, index);
  return index;
}

/** How a cell is named in messages: 三、…（三）不予公开1.属于国家秘密 第一列（自然人）. */
export function cellDisplayName(cell: CellDef): string {
  return `${cell.rowLabel} ${cell.colLabel}`;
}
