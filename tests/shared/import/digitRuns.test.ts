import { describe, expect, it } from 'vitest';
import { describeCandidates, MAX_RUN_CHARS, splitRun, sumsWithin } from '../../../shared/import/digitRuns';
import { flatItems } from '../../../shared/import/flatTables';
import { rowSpecs } from '../../../shared/import/rowSpecs';
import { applicationsRows } from '../../../shared/templates';
import { importAs } from './helpers';

const row = rowSpecs('2021', 'applications')[0]!.cells; // 一、本年新收: six applicant columns + 总计
const litigation = rowSpecs('2021', 'litigation')[0]!.cells; // three groups of four + 总计
const regulations = rowSpecs('2021', 'active')[0]!.cells; // 规章: three counts, no sum

describe('splitting a run of digits by the table arithmetic', () => {
  it('takes the sums from the cell definitions: the row total over its six columns', () => {
    expect(sumsWithin(row)).toEqual([{ total: 6, parts: [0, 1, 2, 3, 4, 5] }]);
    expect(sumsWithin(litigation).map((s) => s.total)).toEqual([4, 9, 14]);
    expect(sumsWithin(regulations)).toEqual([]);
  });

  it('finds the one split whose 总计 is the sum of the six columns (640020470 → 64|0|0|2|0|4|70)', () => {
    const split = splitRun(['640020470'], row);
    expect(split).toEqual({ candidates: [['64', '0', '0', '2', '0', '4', '70']], count: 1, overflow: false });
  });

  it('reports both candidates when two splits satisfy the sums', () => {
    const split = splitRun(['1011'], regulations);
    expect(split.count).toBe(2);
    expect(split.candidates).toEqual([
      ['1', '0', '11'],
      ['10', '1', '1'],
    ]);
    expect(describeCandidates(split)).toBe('1|0|11 或 10|1|1');
  });

  it('bounds the candidates shown and says how many there are', () => {
    const split = splitRun(['82666'], regulations);
    expect(split.count).toBe(6);
    expect(describeCandidates(split)).toBe('8|2|666 或 8|26|66 或 8|266|6等 6 种拆法');
  });

  it('finds no split when the printed total breaks the row sum (no number is invented)', () => {
    // 1 0 1 0 0 0 | 0: the report printed a total of 0 over parts that add up to 2.
    expect(splitRun(['1010000'], row)).toEqual({ candidates: [], count: 0, overflow: false });
  });

  it('refuses cells with a leading zero, but takes 0 alone', () => {
    // 01 is never a number: 0|1|… is the only reading of 0100001.
    expect(splitRun(['0100001'], row).candidates).toEqual([['0', '1', '0', '0', '0', '0', '1']]);
    expect(splitRun(['05', '1'], regulations.slice(0, 2)).count).toBe(0);
  });

  it('keeps the spaces the source printed as cell boundaries', () => {
    expect(splitRun(['0', '0', '0', '0', '0', '0'], row).count).toBe(0); // six cells for seven
    expect(splitRun(['12', '3'], regulations).candidates).toEqual([['1', '2', '3']]);
    expect(splitRun(['1', '23'], regulations).candidates).toEqual([['1', '2', '3']]);
  });

  it('splits the three groups of table 四 by their own totals', () => {
    expect(splitRun(['110021000120103'], litigation).candidates).toEqual([
      ['1', '1', '0', '0', '2', '1', '0', '0', '0', '1', '2', '0', '1', '0', '3'],
    ]);
  });

  it('gives up on a run longer than a row can be, and on a run that exhausts its step budget', () => {
    expect(splitRun(['1'.repeat(MAX_RUN_CHARS + 1)], row)).toMatchObject({ count: 0, overflow: true });
    // 80 zeros and ones into 15 cells: far more splits than steps allowed.
    const split = splitRun(['10'.repeat(MAX_RUN_CHARS / 2)], regulations.concat(regulations, regulations));
    expect(split.overflow || split.count === 0).toBe(true);
  });

  it('does not hang on long runs of digits (work bounded per run and per table, linear in the text)', () => {
    const started = performance.now();
    const rows = `一、本年新收政府信息公开申请数量${'1'.repeat(MAX_RUN_CHARS)}（一）予以公开`.repeat(2_000);
    const text =
      '2024年政府信息公开工作年度报告。一、总体情况全年工作。二、主动公开政府信息情况规章' +
      `${'10'.repeat(100_000)}三、收到和处理政府信息公开申请情况${rows}` +
      `四、政府信息公开行政复议、行政诉讼情况行政复议${'12345678 9'.repeat(20_000)}五、存在的主要问题及改进情况无。`;
    const outcome = importAs('flat.txt', text);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.coverage.missing.length).toBeGreaterThan(100);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('labels and runs of a flat table', () => {
  it('gives an item number glued to the last cell to the label that follows (0 0 0 0 0 01.属于…)', () => {
    expect(flatItems('（一）予以公开0 0 0 0 0 01.属于国家秘密')).toEqual([
      { kind: 'label', norm: '(一)予以公开' },
      { kind: 'run', pieces: ['0', '0', '0', '0', '0', '0'], raw: '0 0 0 0 0 0' },
      { kind: 'label', norm: '1.属于国家秘密' },
    ]);
  });

  it('keeps a decimal point and a unit with their cell', () => {
    expect(flatItems('行政事业性收费96171.6万元三、')).toEqual([
      { kind: 'label', norm: '行政事业性收费' },
      { kind: 'run', pieces: ['96171.6'], raw: '96171.6', unit: '万元' },
      { kind: 'label', norm: '三、' },
    ]);
  });
});

describe('table 三 scraped flat: rows the row total leaves open', () => {
  const rowsOf = (granted: string, others: Record<string, string>) =>
    applicationsRows('2021')
      .map((r) => `${r.label}${r.id === 'granted' ? granted : (others[r.id] ?? '0000000')}`)
      .join('');
  const report = (table: string) =>
    `某某局2024年政府信息公开工作年度报告本报告依据《条例》编制。一、总体情况全年工作。` +
    `三、收到和处理政府信息公开申请情况${table}四、政府信息公开行政复议、行政诉讼情况行政复议000000000000000`;
  // 110000011 is 1|10|0|0|0|0|11 or 11|0|0|0|0|0|11: both satisfy the row total.
  it('settles them by the column totals and the balance when only one choice fits', () => {
    const outcome = importAs(
      'flat.txt',
      report(rowsOf('110000011', { new: '11 0 0 0 0 0 11', total: '11 0 0 0 0 0 11' })),
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.values['applications.granted.natural']).toBe(11);
    expect(outcome.draft.values['applications.granted.business']).toBe(0);
    expect(outcome.coverage.recovered).toContain('applications.granted.natural');
    expect(outcome.coverage.doubts.filter((d) => d.startsWith('表三'))).toEqual([]);
  });

  it('leaves them empty with a doubt naming both candidates when the sums fit either way', () => {
    const outcome = importAs('flat.txt', report(rowsOf('110000011', { new: '110000011', total: '110000011' })));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.values['applications.granted.natural']).toBeUndefined();
    expect(outcome.coverage.missing).toContain('applications.granted.natural');
    expect(outcome.coverage.doubts).toContain(
      '表三「（一）予以公开」一行的数字连在一起（110000011），有2种拆法都符合表格的合计关系' +
        '（1|10|0|0|0|0|11 或 11|0|0|0|0|0|11），无法确定，未导入，请对照原报告填写',
    );
  });

  it('imports no number from a row whose printed total breaks its own sum', () => {
    const outcome = importAs('flat.txt', report(rowsOf('1100000', {})));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.values['applications.granted.natural']).toBeUndefined();
    expect(outcome.coverage.doubts.some((d) => d.includes('（1100000），无论怎样拆成7格，合计都对不上'))).toBe(true);
  });
});
