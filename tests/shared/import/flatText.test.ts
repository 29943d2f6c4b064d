/**
 * Every fixture with expected values, scraped flat: the same report with line breaks and cell separators removed (the
 * whole text one line, the cells of a row run together). Each cell comes out with its expected value, or missing with
 * a doubt — never wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellIndex } from '../../../shared/templates';
import { importAs, reportsDir } from './helpers';

interface Expected {
  cells: Record<string, number>;
  flexible?: { anyOf: string[]; sum: number }[];
}

const PAGE_NUMBER = /^\s*[-—–－]{1,2}\s*\d{1,3}\s*[-—–－]{1,2}\s*$/;
const MARKDOWN_SEPARATOR = /^\s*\|?\s*:?-{2,}/;

/** The report as a page's 文字版 gives it: no source line, no page numbers, no line breaks, spaces or `|`. */
function flatten(text: string): string {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => !PAGE_NUMBER.test(l) && !MARKDOWN_SEPARATOR.test(l))
    .join('')
    .replace(/[\s\u3000|]/g, '');
}

const table = (name: string) =>
  cellIndex('2021')
    .entered.filter((c) => c.table === name)
    .map((c) => c.address);
const rows = (...ids: string[]) =>
  cellIndex('2021')
    .entered.filter((c) => ids.includes(`${c.table}.${c.row}`))
    .map((c) => c.address);

/**
 * Cells that flattening makes genuinely ambiguous (or the source already broke), with why. They must come out
 * missing, with a doubt naming the row or table — never with a value.
 */
const AMBIGUOUS: Record<string, { cells: string[]; why: string }> = {
  '2023-hongze-district': {
    cells: table('litigation'),
    why: 'the report prints table 四 totals of 0 over parts that add up to 11 (see fixtures.test.ts): no split satisfies its own sums',
  },
  '2023-shuyang-development-reform-bureau': {
    cells: [...rows('active.normativeDocs'), ...table('applications')],
    why:
      '规章 8018 splits as 8|0|18 or 80|1|8 (table 二 has no sums); table 三 prints its zero cells blank, so "2626" ' +
      'says nothing about which of the seven columns hold the 26s',
  },
  '2024-huaian-city-layout': {
    cells: [...rows('active.regulations', 'active.normativeDocs'), ...table('litigation')],
    why:
      '1011 and 82666 have 2 and 6 splits into three counts; table 四 72641783735113481261211620 has three splits ' +
      'that satisfy the three group totals (…1|2|1|16|20, …1|2|11|6|20, …12|1|1|6|20)',
  },
  '2024-huaian-city-raw': {
    cells: [...rows('active.regulations', 'active.normativeDocs'), ...table('applications'), ...table('litigation')],
    why:
      'pdftotext without -layout moves table 三 row labels away from their numbers (several rows run together in ' +
      'more than one way) and scatters table 四 out of order; table 二 as in the -layout text',
  },
  '2024-shanghai-kewei': {
    cells: [...rows('active.normativeDocs'), ...table('applications')],
    why:
      '13055 has 4 splits; the source prints 结转下年度 without its 总计 cell, so that row has six digits for seven ' +
      'cells and the rows of table 三 cannot be told apart',
  },
  '2025-shanghai-office': {
    cells: rows('active.regulations', 'active.normativeDocs'),
    why: '22235 and 34189 (printed with words between the numbers) have 6 splits each into three counts',
  },
  '2025-shuyang-county': {
    cells: rows('active.normativeDocs'),
    why: '6132 splits as 6|1|32, 6|13|2 or 61|3|2',
  },
};

const fixtures = readdirSync(reportsDir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

describe('reports scraped flat import cell for cell', () => {
  it('has a flat layout for every fixture with expected values', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    for (const name of fixtures) {
      expect(flatten(readFileSync(path.join(reportsDir, `${name}.txt`), 'utf8'))).not.toMatch(/\n/);
    }
  });

  for (const name of fixtures) {
    it(`${name}: every expected cell, or missing with a doubt where the digits are ambiguous`, () => {
      const expected = JSON.parse(readFileSync(path.join(reportsDir, `${name}.expected.json`), 'utf8')) as Expected;
      const flat = flatten(readFileSync(path.join(reportsDir, `${name}.txt`), 'utf8'));
      const outcome = importAs(`${name}.txt`, flat);
      if (!outcome.ok) throw new Error(outcome.reason);
      const { draft, coverage } = outcome;
      const gaps = new Set(AMBIGUOUS[name]?.cells ?? []);
      const flexibleCells = new Set((expected.flexible ?? []).flatMap((f) => f.anyOf));
      for (const [address, value] of Object.entries(expected.cells)) {
        if (gaps.has(address)) continue;
        expect({ address, value: draft.values[address] }).toEqual({ address, value });
      }
      for (const address of gaps) {
        expect({ address, value: draft.values[address] }).toEqual({ address, value: undefined });
        expect(coverage.missing).toContain(address);
      }
      // Never a number the expected file does not have.
      for (const [address, value] of Object.entries(draft.values)) {
        if (value === null || flexibleCells.has(address)) continue;
        expect(expected.cells).toHaveProperty([address]);
      }
      for (const flex of expected.flexible ?? []) {
        expect(flex.anyOf.reduce((s, a) => s + (draft.values[a] ?? 0), 0)).toBe(flex.sum);
      }
      // Each ambiguous table gets a doubt of its own.
      for (const t of ['active', 'applications', 'litigation']) {
        if ([...gaps].some((a) => a.startsWith(`${t}.`))) {
          const tableName = { active: '表二', applications: '表三', litigation: '表四' }[t]!;
          expect(coverage.doubts.some((d) => d.startsWith(tableName))).toBe(true);
        }
      }
      // Cells split out of a run are listed as recovered; none of the ambiguous ones is.
      if (!gaps.has('applications.new.natural')) expect(coverage.recovered.length).toBeGreaterThan(0);
      for (const address of coverage.recovered) expect(gaps.has(address)).toBe(false);
    });
  }

  it('finds the parts in a flat text by their headings mid-line', () => {
    const flat = flatten(readFileSync(path.join(reportsDir, '2024-hongze-district.txt'), 'utf8'));
    const { draft, coverage } = importAs('flat.txt', flat) as Extract<ReturnType<typeof importAs>, { ok: true }>;
    expect(flat.indexOf('一、总体情况')).toBeGreaterThan(0);
    expect(draft.agency.name).toBe('淮安市洪泽区人民政府');
    expect(draft.year).toBe(2024);
    expect(draft.opening).toMatch(/^本报告由淮安市洪泽区人民政府办公室/);
    expect(draft.narrative.overview[0]!.paragraphs.join('')).toMatch(/^2024年，淮安市洪泽区人民政府坚持/);
    expect(draft.narrative.problems[0]!.paragraphs.join('')).toMatch(/^2024年，全区政府信息公开工作/);
    // 六 holds only the fee sentence there: it is read into the fee fields, the wording kept as the printed sentence.
    expect(draft.processingFees).toMatchObject({ collectedAmount: 0, sentence: expect.stringContaining('信息处理费') });
    expect(coverage.missing).toEqual([]);
    expect(coverage.doubts.filter((d) => d.includes('未找到'))).toEqual([]);
  });

  it('reads a flat text that kept one space between cells, the next label glued to the last one', () => {
    const text = readFileSync(path.join(reportsDir, '2024-hongze-district.txt'), 'utf8');
    const expected = JSON.parse(
      readFileSync(path.join(reportsDir, '2024-hongze-district.expected.json'), 'utf8'),
    ) as Expected;
    // 95 0 0 0 0 0 95二、上年结转…: line breaks dropped, runs of spaces made one, no space before a label.
    const spaced = text
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => !PAGE_NUMBER.test(l))
      .map((l) => l.trim().replace(/\s+/g, ' '))
      .join('')
      .replace(/(\d) (?=\D)/g, '$1');
    expect(spaced).toContain('95 0 0 0 0 0 95二、上年结转');
    const outcome = importAs('flat.txt', spaced);
    if (!outcome.ok) throw new Error(outcome.reason);
    for (const [address, value] of Object.entries(expected.cells)) {
      expect({ address, value: outcome.draft.values[address] }).toEqual({ address, value });
    }
    expect(outcome.coverage.missing).toEqual([]);
  });

  it('says in the coverage report that cells were split by arithmetic', () => {
    const flat = flatten(readFileSync(path.join(reportsDir, '2024-hongze-district.txt'), 'utf8'));
    const outcome = importAs('flat.txt', flat);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.coverage.recovered).toContain('applications.new.natural');
    expect(outcome.coverage.recovered).toContain('litigation.cases.afterReviewPending');
  });

  it('does not cut a part at a 一、 inside a sentence', () => {
    const text =
      '某某局2024年政府信息公开工作年度报告本报告依据《条例》编制。一、总体情况2024年，我局按照一、总体情况的要求' +
      '和二、主动公开政府信息情况的安排推进工作。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数' +
      '本年废止件数现行有效件数规章000行政规范性文件308';
    const outcome = importAs('flat.txt', text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.draft.narrative.overview.map((s) => s.paragraphs.join(''))).toEqual([
      '2024年，我局按照一、总体情况的要求和二、主动公开政府信息情况的安排推进工作。',
    ]);
    expect(outcome.draft.values['active.normativeDocs.issued']).toBe(3);
    expect(outcome.draft.values['active.normativeDocs.inForce']).toBe(8);
  });
});
