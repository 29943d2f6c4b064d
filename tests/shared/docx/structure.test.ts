import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../shared/docx';
import { createDraft, draftCellValues, formatCellValue } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { cellIndex, getFormat, tablesOf } from '../../../shared/templates';
import type { FormatId } from '../../../shared/templates';
import { filledDraft, loadDraftFixture, NOW } from '../../helpers/drafts';
import { all, child, children, docxPart, referenceDocument, tablesIn, wAttr } from './ooxml';
import type { CellShape, RowShape, TableShape } from './ooxml';

/** A4 minus the 28 mm and 26 mm side margins. */
const TEXT_WIDTH = 11906 - 1587 - 1474;

const emptyDraft = (format: FormatId): Draft =>
  createDraft({ id: `empty-${format}`, year: format === '2019' ? 2020 : 2024, format, now: NOW });

async function exportedTables(draft: Draft): Promise<TableShape[]> {
  return tablesIn(docxPart(await buildReportDocx(draft), 'word/document.xml'));
}

/** What the structure comparison looks at: spans, merges, fill and text — not widths or run formatting. */
const pattern = (rows: readonly RowShape[]) =>
  rows.map((r) => r.cells.map((c) => ({ text: c.text, gridSpan: c.gridSpan, vMerge: c.vMerge, fill: c.fill })));

const reference = tablesIn(referenceDocument());

describe('2021 tables match the official template', () => {
  it('exports three tables with the reference grids (4, 10 and 15 columns): label columns as wide as the template', async () => {
    const tables = await exportedTables(emptyDraft('2021'));
    expect(tables.map((t) => t.grid.length)).toEqual([4, 10, 15]);
    expect(reference.map((t) => t.grid.length)).toEqual([4, 10, 15]);
    for (const table of tables) expect(table.grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    const [active, applications, litigation] = tables;
    // 二: its label column is the template's; the three value columns share the rest.
    expect(active!.grid[0]).toBe(reference[0]!.grid[0]);
    // 三: the three label columns within 4 % of the template's (5 digits still fit each value column), so
    // 三、本年度办理结果 wraps on three lines as there, not five.
    applications!.grid.slice(0, 3).forEach((w, col) => {
      expect(w / reference[1]!.grid[col]!).toBeGreaterThan(0.96);
      expect(w).toBeLessThanOrEqual(reference[1]!.grid[col]!);
    });
    expect(Math.floor((applications!.grid[0]! - 2 * 28) / 210)).toBe(3);
    for (const w of applications!.grid.slice(3)) expect(w).toBeGreaterThanOrEqual(5 * 105 + 2 * 28);
    // 四 has no label column: the template's grid scaled to the text width.
    const refTotal = reference[2]!.grid.reduce((a, b) => a + b, 0);
    litigation!.grid.forEach((w, col) =>
      expect(Math.abs(w - (reference[2]!.grid[col]! * TEXT_WIDTH) / refTotal)).toBeLessThan(1),
    );
  });

  it('left-aligns the balance note in the top-left cell of table 三, as the template does', async () => {
    const doc = docxPart(await buildReportDocx(emptyDraft('2021')), 'word/document.xml');
    const note = all(all(doc, 'tbl')[1]!, 'p')[0]!;
    expect(wAttr(child(note, 'pPr', 'jc'), 'val')).toBe('left');
  });

  it.each([0, 1, 2])(
    'prints table %i of an empty draft cell for cell as the template: spans, merges, labels, caption fill',
    async (i) => {
      const tables = await exportedTables(emptyDraft('2021'));
      expect(pattern(tables[i]!.rows)).toEqual(pattern(reference[i]!.rows));
    },
  );

  it('fills the 第二十条 caption rows with the template colour C6D9F1 and nothing else', async () => {
    const [active] = await exportedTables(filledDraft('2021'));
    const filled = active!.rows.flatMap((r) => r.cells.filter((c) => c.fill !== null));
    expect(filled.map((c) => c.text)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    expect(new Set(filled.map((c) => c.fill))).toEqual(new Set(['C6D9F1']));
  });

  it('puts every value, derived totals included, in its cell in template order', async () => {
    const draft = filledDraft('2021');
    const tables = await exportedTables(draft);
    const values = draftCellValues(draft);
    tables.forEach((table, t) => {
      const valueCells = valueCellsOf(table, reference[t]!);
      const defs = tablesOf(getFormat('2021'))[t]!.cells;
      expect(valueCells.map((c) => c.text)).toEqual(defs.map((d) => formatCellValue(values.get(d.address))));
    });
  });

  it('prints the derived totals: 总计 column, （七）总计 row and the litigation group totals', async () => {
    const draft = filledDraft('2021');
    const v = (a: string) => draft.values[a] ?? 0;
    const [, applications, litigation] = await exportedTables(draft);
    const cols = ['natural', 'business', 'research', 'nonprofit', 'legalService', 'otherOrg'];
    const newTotal = cols.reduce((s, c) => s + v(`applications.new.${c}`), 0);
    const newRow = applications!.rows.find((r) => r.cells[0]!.text.startsWith('一、本年新收'))!;
    expect(newRow.cells.at(-1)!.text).toBe(String(newTotal));
    const reviewTotal = ['Upheld', 'Corrected', 'Other', 'Pending'].reduce(
      (s, o) => s + v(`litigation.cases.review${o}`),
      0,
    );
    expect(litigation!.rows.at(-1)!.cells[4]!.text).toBe(String(reviewTotal));
    const totalRow = applications!.rows.find((r) => r.cells.some((c) => c.text === '（七）总计'))!;
    const resultRows = cellIndex('2021').byAddress.get('applications.total.natural')!.sumOf!;
    expect(totalRow.cells.at(-7)!.text).toBe(String(resultRows.reduce((s, a) => s + v(a), 0)));
  });

  it('prints empty cells blank, not 0', async () => {
    const draft = { ...filledDraft('2021') };
    draft.values = { ...draft.values, 'active.regulations.issued': null };
    delete draft.values['litigation.cases.reviewUpheld'];
    const [active, , litigation] = await exportedTables(draft);
    expect(active!.rows[2]!.cells.map((c) => c.text)).toEqual([
      '规章',
      '',
      String(draft.values['active.regulations.repealed']),
      String(draft.values['active.regulations.inForce']),
    ]);
    expect(litigation!.rows[3]!.cells[0]!.text).toBe('');
  });

  it('repeats the header rows of tables 三 and 四 on each page and never splits a row', async () => {
    const [active, applications, litigation] = await exportedTables(filledDraft('2021'));
    for (const table of [applications!, litigation!]) {
      expect(table.rows.map((r) => r.header)).toEqual(table.rows.map((_, i) => i < 3));
    }
    for (const table of [active!, applications!, litigation!]) expect(table.rows.every((r) => r.cantSplit)).toBe(true);
  });
});

/** Cells that the template leaves empty for a number: those not merged into from above and without a label. */
function valueCellsOf(table: TableShape, ref: TableShape): CellShape[] {
  return table.rows.flatMap((row, r) =>
    row.cells.filter((_, c) => ref.rows[r]!.cells[c]!.text === '' && ref.rows[r]!.cells[c]!.vMerge !== 'continue'),
  );
}

describe('2019 tables follow TEMPLATE-SPEC.md', () => {
  const fixture = loadDraftFixture('2020-quanzhou.json');

  it('lays table 二 out as five captioned blocks with the 2019 headers and rows', async () => {
    const [active] = await exportedTables(emptyDraft('2019'));
    const width = active!.grid.length;
    const texts = active!.rows.map((r) => r.cells.map((c) => c.text));
    expect(texts).toEqual([
      ['第二十条第（一）项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '', '', ''],
      ['规范性文件', '', '', ''],
      ['第二十条第（五）项'],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', '', '', ''],
      ['其他对外管理服务事项', '', '', ''],
      ['第二十条第（六）项'],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政处罚', '', '', ''],
      ['行政强制', '', '', ''],
      ['第二十条第（八）项'],
      ['信息内容', '上一年项目数量', '本年增/减'],
      ['行政事业性收费', '', ''],
      ['第二十条第（九）项'],
      ['信息内容', '采购项目数量', '采购总金额'],
      ['政府集中采购', '', ''],
    ]);
    for (const row of active!.rows) {
      expect(row.cells.reduce((s, c) => s + c.gridSpan, 0)).toBe(width);
      if (row.cells.length === 1) expect(row.cells[0]!.fill).toBe('C6D9F1');
    }
  });

  it('gives the value columns of each 2019 block equal widths, two in （八） and （九）', async () => {
    const [active] = await exportedTables(emptyDraft('2019'));
    for (const row of active!.rows.filter((r) => r.cells.length > 1)) {
      let col = row.cells[0]!.gridSpan;
      const widths = row.cells.slice(1).map((c) => {
        const w = active!.grid.slice(col, col + c.gridSpan).reduce((a, b) => a + b, 0);
        col += c.gridSpan;
        return w;
      });
      expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(2);
    }
  });

  it('prints table 三 like the 2021 template but with the single-row （六）其他处理', async () => {
    const [, applications] = await exportedTables(emptyDraft('2019'));
    const refRows = pattern(reference[1]!.rows);
    const first6 = refRows.findIndex((r) => r.some((c) => c.text === '（六）其他处理'));
    const values = Array.from({ length: 7 }, () => ({ text: '', gridSpan: 1, vMerge: null, fill: null }));
    const expected = [
      ...refRows.slice(0, first6),
      [
        { text: '', gridSpan: 1, vMerge: 'continue', fill: null },
        { text: '（六）其他处理', gridSpan: 2, vMerge: null, fill: null },
        ...values,
      ],
      ...refRows.slice(first6 + 3),
    ];
    expect(pattern(applications!.rows)).toEqual(expected);
    // 三、本年度办理结果 spans 20 rows in 2019: （一） … （六） and （七）总计.
    const start = applications!.rows.findIndex((r) => r.cells[0]!.text === '三、本年度办理结果');
    const spanned = applications!.rows.slice(start + 1).findIndex((r) => r.cells[0]!.vMerge !== 'continue') + 1;
    expect(applications!.rows[start]!.cells[0]!.vMerge).toBe('restart');
    expect(spanned).toBe(20);
  });

  it('prints table 四 exactly as in 2021', async () => {
    const [, , litigation] = await exportedTables(emptyDraft('2019'));
    expect(pattern(litigation!.rows)).toEqual(pattern(reference[2]!.rows));
  });

  it('prints the 2020 fixture’s procurement amount with its unit, 8590元', async () => {
    const [active] = await exportedTables(fixture);
    expect(active!.rows.at(-1)!.cells.map((c) => c.text)).toEqual(['政府集中采购', '2', '8590元']);
  });

  it('keeps the template width of the label column of table 二, so 其他对外管理服务事项 stays on one line', async () => {
    const [active] = await exportedTables(emptyDraft('2019'));
    expect(active!.grid[0]).toBe(getFormat('2019').tables.active.grid[0]);
    const cellMargins = 2 * 57;
    expect(active!.grid[0]! - cellMargins).toBeGreaterThanOrEqual('其他对外管理服务事项'.length * 210);
  });

  it('prints a 万元 procurement amount with 万元', async () => {
    const draft = { ...fixture, units: { 'active.procurement.amount': '万元' as const } };
    const [active] = await exportedTables(draft);
    expect(active!.rows.at(-1)!.cells.at(-1)!.text).toBe('8590万元');
  });
});

describe('page breaks in the tables (keep with next, which Word and LibreOffice honour on table rows)', () => {
  /** Per table, per row: whether every paragraph of the row keeps with the next. */
  async function keeps(format: FormatId): Promise<boolean[][]> {
    const doc = docxPart(await buildReportDocx(filledDraft(format)), 'word/document.xml');
    return all(doc, 'tbl').map((tbl) =>
      children(tbl, 'tr').map((tr) =>
        all(tr, 'p').every((p) => {
          const keep = child(p, 'pPr', 'keepNext');
          return keep !== undefined && !['0', 'false', 'off'].includes(wAttr(keep, 'val') ?? '');
        }),
      ),
    );
  }

  it.each(['2021', '2019'] as const)(
    '%s: the short table 四 keeps every row with the next, so it moves whole to a new page rather than split',
    async (format) => {
      const [, , litigation] = await keeps(format);
      expect(litigation!.slice(0, -1).every(Boolean)).toBe(true);
      expect(litigation!.at(-1)).toBe(false);
    },
  );

  it.each(['2021', '2019'] as const)(
    '%s: table 三 may run over pages: only its header rows and the rows of a short merged group keep with the next',
    async (format) => {
      const [, applications] = await keeps(format);
      const rows = getFormat(format).tables.applications.rows;
      // Rows under （四）无法提供 or （五）不予处理 (merged over a few rows) keep together; 三、本年度办理结果 spans 20.
      const grouped = new Set<number>();
      rows.forEach((row, start) => {
        for (const cell of row.cells) {
          const span = cell.type === 'label' ? (cell.rowSpan ?? 1) : 1;
          if (span > 1 && span <= 10) for (let r = start; r < start + span - 1; r++) grouped.add(r);
        }
      });
      expect(grouped.size).toBeGreaterThan(0);
      expect(applications).toEqual(rows.map((row, i) => (row.header ?? false) || grouped.has(i)));
      expect(applications!.filter((keep) => !keep).length).toBeGreaterThan(5);
    },
  );

  it.each(['2021', '2019'] as const)(
    '%s: table 二 keeps each captioned block together and may break between blocks',
    async (format) => {
      const [active] = await keeps(format);
      const rows = getFormat(format).tables.active.rows;
      const caption = (i: number) => rows[i]?.cells.some((c) => c.type === 'label' && c.caption) ?? false;
      expect(active).toEqual(rows.map((_, i) => i < rows.length - 1 && !caption(i + 1)));
    },
  );
});
