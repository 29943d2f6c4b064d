import { describe, expect, it } from 'vitest';
import { cellIndex, formatForYear, getFormat, tablesOf } from '../../../shared/templates';
import type { FormatId, TableDef } from '../../../shared/templates';

const countIn = (format: FormatId, table: string) => cellIndex(format).all.filter((c) => c.table === table).length;

/** Width of a layout row in grid columns, counting cells that span down from rows above. */
function rowWidths(table: TableDef): number[] {
  const carried: number[] = table.rows.map(() => 0);
  return table.rows.map((row, r) => {
    let width = carried[r]!;
    for (const cell of row.cells) {
      const span = cell.colSpan ?? 1;
      width += span;
      const down = cell.type === 'label' ? (cell.rowSpan ?? 1) : 1;
      for (let k = 1; k < down; k++) carried[r + k]! += span;
    }
    return width;
  });
}

describe('format definitions', () => {
  it('has 161 applications cells in 2019 and 175 in 2021, 15 litigation cells in both', () => {
    expect(countIn('2019', 'applications')).toBe(161);
    expect(countIn('2021', 'applications')).toBe(175);
    expect(countIn('2019', 'litigation')).toBe(15);
    expect(countIn('2021', 'litigation')).toBe(15);
  });

  it('picks the 2019 format for 2019–2020 and the 2021 format from 2021 on', () => {
    expect(formatForYear(2019)).toBe('2019');
    expect(formatForYear(2020)).toBe('2019');
    expect(formatForYear(2021)).toBe('2021');
    expect(formatForYear(2030)).toBe('2021');
  });

  it.each(['2019', '2021'] as const)('lays out every row of every %s table to the full grid width', (format) => {
    for (const table of tablesOf(getFormat(format))) {
      for (const width of rowWidths(table)) expect(width).toBe(table.grid.length);
    }
  });

  it.each(['2019', '2021'] as const)('places every %s cell exactly once in its table layout', (format) => {
    for (const table of tablesOf(getFormat(format))) {
      const placed = table.rows.flatMap((r) => r.cells.flatMap((c) => (c.type === 'value' ? [c.address] : [])));
      expect(placed).toEqual(table.cells.map((c) => c.address));
    }
  });

  it('derives totals only from cells that come before them', () => {
    for (const format of ['2019', '2021'] as const) {
      const seen = new Set<string>();
      for (const cell of cellIndex(format).all) {
        for (const part of cell.sumOf ?? []) expect(seen.has(part), `${cell.address} ← ${part}`).toBe(true);
        seen.add(cell.address);
      }
    }
  });

  it('sums the 2021 （七）总计 over the 21 result rows, including the three （六） rows', () => {
    const total = cellIndex('2021').byAddress.get('applications.total.natural')!;
    expect(total.sumOf).toHaveLength(21);
    expect(total.sumOf).toContain('applications.otherMisc.natural');
    expect(cellIndex('2019').byAddress.get('applications.total.natural')!.sumOf).toHaveLength(19);
  });
});
