import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { bytesOf, importAs, repo, reportsDir, variantsDir } from './helpers';

interface Expected {
  format?: string;
  year?: number;
  agency?: string;
  cells: Record<string, number>;
  flexible?: { anyOf: string[]; sum: number }[];
}

function importFile(file: string) {
  const outcome = importAs(path.basename(file), bytesOf(file));
  if (!outcome.ok) throw new Error(outcome.reason);
  expect(parseDraft(JSON.parse(JSON.stringify(outcome.draft))).ok).toBe(true);
  return outcome;
}

/**
 * Cells the importer cannot place in these texts, with why. They must be reported as missing — never imported
 * with a wrong value.
 */
const KNOWN_GAPS: Record<string, { cells: string[]; why: string }> = {
  '2024-huaian-city-raw': {
    cells: [
      'reviewUpheld',
      'reviewCorrected',
      'reviewOther',
      'reviewPending',
      'directUpheld',
      'directCorrected',
      'directOther',
      'directPending',
      'afterReviewUpheld',
      'afterReviewCorrected',
      'afterReviewOther',
      'afterReviewPending',
    ].map((c) => `litigation.cases.${c}`),
    why:
      'pdftotext without -layout scatters table 四 into five pieces out of order; the three groups (parts and total) ' +
      'fit the totals in any of six orders, and no cell has the same value in all of them',
  },
  '2025-shanghai-office': {
    cells: [
      'active.regulations.issued',
      'active.regulations.inForce',
      'active.normativeDocs.issued',
      'active.normativeDocs.repealed',
      'active.normativeDocs.inForce',
    ],
    why:
      'the PDF-to-markdown text prints two numbers in three-column rows and loose numbers elsewhere; which column ' +
      'is missing is not in the text (the expected file itself calls the 55 likely-but-unverified)',
  },
};

/**
 * Agency names as the report prints them where the hand-read name differs: the importer takes the title's name, or
 * the full name when the text defines the abbreviation (agency.test.ts); these texts give nothing better.
 */
const PRINTED_AGENCY: Record<string, string> = {
  // Title 2024 年上海市科委…; 上海市科学技术委员会 appears nowhere in the text (not in the opening, nor as a contact).
  '2024-shanghai-kewei': '上海市科委',
  '2025-shuyang-county': '沐阳县人民政府', // OCR'd as 沐阳 throughout, as the expected file notes
};

const expectedFixtures = readdirSync(reportsDir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

describe('published reports import to their hand-read values', () => {
  it('finds every fixture that has an expected file', () => {
    expect(expectedFixtures.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of expectedFixtures) {
    it(`${name}: format, year, agency and every expected cell`, () => {
      const expected = JSON.parse(readFileSync(path.join(reportsDir, `${name}.expected.json`), 'utf8')) as Expected;
      const { draft, coverage } = importFile(path.join(reportsDir, `${name}.txt`));
      // Every expected file names all three; an optional field left out would make these checks vanish.
      expect(expected).toMatchObject({
        format: expect.any(String),
        year: expect.any(Number),
        agency: expect.any(String),
      });
      expect(draft.format).toBe(expected.format);
      expect(draft.year).toBe(expected.year);
      expect(draft.agency.name).toBe(PRINTED_AGENCY[name] ?? expected.agency!.replace(/\s*[（(].*$/, ''));
      const gaps = new Set(KNOWN_GAPS[name]?.cells ?? []);
      const flexibleCells = new Set((expected.flexible ?? []).flatMap((f) => f.anyOf));
      for (const [address, value] of Object.entries(expected.cells)) {
        if (gaps.has(address)) continue;
        expect({ address, value: draft.values[address] }).toEqual({ address, value });
      }
      for (const address of gaps) {
        expect(coverage.missing).toContain(address);
        expect(draft.values[address]).toBeUndefined();
      }
      // Nothing beyond the expected cells: blank cells stay empty, not 0.
      for (const [address, value] of Object.entries(draft.values)) {
        if (value === null || flexibleCells.has(address)) continue;
        expect(expected.cells).toHaveProperty([address]);
      }
      for (const flex of expected.flexible ?? []) {
        const sum = flex.anyOf.reduce((s, a) => s + (draft.values[a] ?? 0), 0);
        expect(sum).toBe(flex.sum);
      }
    });
  }

  it('a single （六） row under 2021 headers lands in 3.其他, the other two rows are listed as not printed', () => {
    const { draft, coverage, complete } = importFile(path.join(reportsDir, '2023-hongze-district.txt'));
    expect(draft.values['applications.otherMisc.natural']).toBe(0);
    expect(coverage.notPrinted).toContain('applications.otherNoCorrection.natural');
    expect(coverage.notPrinted).toContain('applications.otherFeeUnpaid.otherOrg');
    expect(coverage.doubts.some((d) => d.includes('（六）其他处理') && d.includes('3.其他'))).toBe(true);
    expect(complete).toBe(true);
  });

  it('printed totals that disagree with their parts are reported, the parts kept', () => {
    const { draft, coverage } = importFile(path.join(reportsDir, '2023-hongze-district.txt'));
    expect(draft.values['litigation.cases.reviewUpheld']).toBe(10);
    expect(draft.values).not.toHaveProperty(['litigation.cases.reviewTotal']);
    const totals = coverage.doubts.filter((d) => d.includes('印的合计是 0'));
    expect(totals).toHaveLength(2);
    expect(totals[0]).toContain('各项相加是 11');
  });

  it('a blank printed cell is found and stays empty (not 0)', () => {
    const { draft, coverage } = importFile(path.join(reportsDir, '2023-shuyang-development-reform-bureau.txt'));
    expect(coverage.blank).toContain('applications.new.business');
    expect(coverage.found).toContain('applications.new.business');
    expect(draft.values['applications.new.business']).toBeUndefined();
    expect(coverage.missing).toEqual([]);
  });

  it('a stray number is set aside with a doubt instead of shifting the rows after it', () => {
    const { coverage } = importFile(path.join(reportsDir, '2024-shanghai-kewei.txt'));
    expect(coverage.doubts).toContain('表三中有无法归入任何一行的数字（1），未使用，请核对');
  });

  it('a row printed with fewer numbers than columns is not guessed but reported, with the loose numbers', () => {
    const { coverage, complete } = importFile(path.join(reportsDir, '2025-shanghai-office.txt'));
    expect(complete).toBe(false);
    expect(coverage.doubts.some((d) => d.includes('「规章」一行应有3个数字，找到2个（22、235）'))).toBe(true);
    expect(coverage.doubts).toContain(
      '表二中另有未归入任何一行的数字（22、16、55、29），其中可能有上面未导入的单元格，请对照原报告核对',
    );
  });

  it('table 四 scattered out of order: the groups that add up are named, no cell is guessed', () => {
    const { coverage } = importFile(path.join(reportsDir, '2024-huaian-city-raw.txt'));
    const doubt = coverage.doubts.find((d) => d.startsWith('表四'));
    expect(doubt).toContain('有6种排法合计都对得上');
    expect(doubt).toContain('72、64、178、37（合计351）；12、1、1、6（合计20）；13、4、8、1（合计26）');
    expect(doubt).toContain('这12格未导入');
  });
});

describe('the 2020 Quanzhou report (2019 format)', () => {
  const fixture = JSON.parse(
    readFileSync(path.join(repo, 'tests', 'fixtures', 'drafts', '2020-quanzhou.json'), 'utf8'),
  ) as Draft;

  const inputs = [
    path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt'),
    path.join(variantsDir, '2020-quanzhou.html'),
    path.join(variantsDir, '2020-quanzhou-pipes-halfwidth.txt'),
    path.join(variantsDir, '2020-quanzhou-one-cell-per-line.txt'),
    path.join(variantsDir, '2020-quanzhou-lost-characters.txt'),
  ];
  for (const file of inputs) {
    it(`${path.basename(file)} imports to the hand-entered draft, cell for cell`, () => {
      const { draft, coverage, complete } = importFile(file);
      expect(draft.format).toBe('2019');
      expect(draft.year).toBe(2020);
      expect(draft.agency.name).toBe('泉州市统计局');
      expect(draft.values).toEqual(fixture.values);
      expect(draft.units).toEqual(fixture.units);
      expect(complete).toBe(true);
      expect(coverage.missing).toEqual([]);
      expect(draft.narrative.overview.map((s) => s.heading)).toContain(
        // Headings as printed: the scraped page and the half-width variant print (一).
        /statistics-bureau|halfwidth/.test(file) ? '(一)主动公开方面' : '（一）主动公开方面',
      );
    });
  }

  it('the HTML page keeps the site chrome out of the draft', () => {
    const { draft } = importFile(path.join(variantsDir, '2020-quanzhou.html'));
    const text = JSON.stringify(draft.narrative) + (draft.opening ?? '');
    expect(text).not.toContain('无障碍浏览');
    expect(text).not.toContain('站群导航');
    expect(text).not.toContain('版权所有');
  });

  it('the narrative is split into the six parts’ sub-sections', () => {
    const { draft } = importFile(path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt'));
    expect(draft.narrative.overview.map((s) => s.heading)).toEqual([
      '',
      '(一)主动公开方面',
      '(二)依申请公开方面',
      '(三)政府信息管理方面',
      '(四)平台建设方面',
      '(五)监督保障方面',
    ]);
    expect(draft.narrative.problems[0]!.paragraphs[0]).toMatch(/^在当前进一步推进政府信息公开/);
    expect(draft.narrative.other.map((s) => s.heading)).toContain('(三)着力加强公开解读工作,及时回应政务舆情');
    const other = JSON.stringify(draft.narrative.other);
    expect(other).not.toContain('附件下载');
    expect(draft.opening).toMatch(/^根据《中华人民共和国政府信息公开条例》/);
  });
});
