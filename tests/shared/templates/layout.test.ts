import { describe, expect, it } from 'vitest';
import { FORMAT_IDS, getFormat, labelColumnCount, placeLayout, tablesOf } from '../../../shared/templates';

describe('placeLayout', () => {
  for (const format of FORMAT_IDS) {
    it(`puts every cell of the ${format} tables in the grid so each row covers it exactly once`, () => {
      for (const table of tablesOf(getFormat(format))) {
        const covered = table.rows.map(() => new Array<number>(table.grid.length).fill(0));
        placeLayout(table.rows).forEach((row, r) => {
          for (const { cell, col } of row) {
            const rowSpan = cell.type === 'label' ? (cell.rowSpan ?? 1) : 1;
            for (let k = 0; k < rowSpan; k++)
              for (let c = col; c < col + (cell.colSpan ?? 1); c++) covered[r + k]![c]! += 1;
          }
        });
        for (const row of covered) expect(row, table.id).toEqual(row.map(() => 1));
      }
    });
  }

  it('counts the label columns: three in 三, one in 二, none in 四', () => {
    for (const format of FORMAT_IDS) {
      const { active, applications, litigation } = getFormat(format).tables;
      expect([active, applications, litigation].map(labelColumnCount)).toEqual([1, 3, 0]);
    }
  });
});
