import { describe, expect, it } from 'vitest';
import { columnWidths, gridColumns, LABEL_MIN_PX, VALUE_MIN_PX } from '../../renderer/src/logic/gridColumns';
import { gridModel } from '../../renderer/src/logic/gridModel';
import { getFormat } from '../../shared/templates';

const apps = gridModel(getFormat('2021').tables.applications);
const active2019 = gridModel(getFormat('2019').tables.active);
const litigation = gridModel(getFormat('2021').tables.litigation);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** The width of every value cell (cells may span several grid columns). */
const valueCellWidths = (model: typeof apps, widths: readonly number[]) =>
  [...model.byAddress.values()].map((c) => sum(widths.slice(c.colStart, c.colStart + c.colSpan)));

describe('grid column widths', () => {
  it('finds the label columns: 3 in table 三, 1 in table 二, none in table 四', () => {
    expect(gridColumns(apps).labelColumns).toBe(3);
    expect(gridColumns(active2019).labelColumns).toBe(1);
    expect(gridColumns(litigation).labelColumns).toBe(0);
  });

  it('keeps the format’s proportions when there is room', () => {
    const widths = columnWidths(apps, 1400);
    expect(sum(widths)).toBeLessThanOrEqual(1400);
    expect(sum(widths)).toBeGreaterThan(1390);
    expect(widths[2]! / widths[3]!).toBeCloseTo(3271 / 685, 1);
  });

  it('at 911×512 (about 720 px of room) gives every value cell room for six digits and shrinks the labels instead', () => {
    const widths = columnWidths(apps, 720);
    expect(Math.min(...valueCellWidths(apps, widths))).toBeGreaterThanOrEqual(VALUE_MIN_PX - 1);
    expect(sum(widths)).toBeLessThanOrEqual(720);
    expect(sum(widths.slice(0, 3))).toBeGreaterThanOrEqual(LABEL_MIN_PX - 3);
  });

  it('grows wider than the room (to scroll sideways) only when the labels reach their minimum', () => {
    const widths = columnWidths(apps, 500);
    expect(Math.min(...valueCellWidths(apps, widths))).toBeGreaterThanOrEqual(VALUE_MIN_PX - 1);
    expect(sum(widths.slice(0, 3))).toBeGreaterThanOrEqual(LABEL_MIN_PX - 3);
    expect(sum(widths)).toBeGreaterThan(500);
    const lit = columnWidths(litigation, 600);
    expect(Math.min(...valueCellWidths(litigation, lit))).toBeGreaterThanOrEqual(VALUE_MIN_PX - 1);
  });

  it('measures value cells that span several grid columns as one (2019 table 二)', () => {
    const widths = columnWidths(active2019, 400);
    expect(Math.min(...valueCellWidths(active2019, widths))).toBeGreaterThanOrEqual(VALUE_MIN_PX - 1);
  });

  it('places each layout cell at its grid column, after cells spanning rows from above', () => {
    const { starts } = gridColumns(apps);
    const table = apps.table;
    // Every body row's first value cell starts at the first value column.
    table.rows.forEach((row, r) => {
      const i = row.cells.findIndex((c) => c.type === 'value');
      if (i >= 0 && !row.header) expect(starts[r]![i]).toBe(3);
    });
  });
});
