import { describe, expect, it } from 'vitest';
import { textDocument } from '../../../shared/import/document';
import { readLitigation } from '../../../shared/import/tables';
import { tokenize } from '../../../shared/import/tokens';
import { cellIndex } from '../../../shared/templates';

/** Table 四 as PDF text without layout prints it: runs of one number per line between scattered header words. */
function read(pieces: readonly (readonly number[])[]) {
  const text = pieces.map((p, i) => `表头${i}\n${p.join('\n')}`).join('\n');
  const doc = textDocument(text);
  return readLitigation('2021', tokenize(doc, 0, doc.blocks.length));
}

const cells = cellIndex('2021').entered.filter((c) => c.table === 'litigation');
const col = (address: string) => address.replace('litigation.cases.', '');

describe('table 四 scattered over several pieces', () => {
  it('reads the pieces in printed order when their totals hold', () => {
    const outcome = read([
      [1, 2, 0, 0],
      [3, 0, 4, 0, 0, 4],
      [0, 0, 0, 0, 0],
    ]);
    expect(outcome.cells.get('litigation.cases.reviewTotal')).toEqual({ value: 3 });
    expect(outcome.cells.get('litigation.cases.directCorrected')).toEqual({ value: 4 });
    expect(outcome.doubts).toEqual([]);
  });

  it('out of order: imports only the cells every consistent order agrees on, and says how the groups add up', () => {
    // review 5 0 0 0 | 5, direct 2 0 0 0 | 2, after review 0 0 0 0 | 0 — printed out of order.
    const outcome = read([[5, 0, 0, 0], [2, 0, 0, 0, 2], [5], [0, 0, 0, 0, 0]]);
    const imported = cells.filter((c) => outcome.cells.has(c.address)).map((c) => col(c.address));
    expect(imported).toEqual([
      'reviewCorrected',
      'reviewOther',
      'reviewPending',
      'directCorrected',
      'directOther',
      'directPending',
      'afterReviewCorrected',
      'afterReviewOther',
      'afterReviewPending',
    ]);
    for (const c of imported) expect(outcome.cells.get(`litigation.cases.${c}`)).toEqual({ value: 0 });
    expect(outcome.doubts).toHaveLength(1);
    expect(outcome.doubts[0]).toContain('有6种排法合计都对得上');
    expect(outcome.doubts[0]).toContain('5、0、0、0（合计5）');
    expect(outcome.doubts[0]).toContain('各种排法一致的9格已导入，其余3格未导入');
  });

  it('out of order but every consistent order gives the same cells: all imported without a doubt', () => {
    const outcome = read([
      [0, 0],
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(cells.every((c) => outcome.cells.get(c.address)?.value === 0)).toBe(true);
    expect(outcome.doubts).toEqual([]);
  });

  it('no order makes the totals hold: nothing imported, the numbers are listed', () => {
    const outcome = read([[5, 0, 0, 0], [9], [2, 0, 0, 0, 2], [0, 0, 0, 0, 0]]);
    expect(outcome.cells.size).toBe(0);
    expect(outcome.doubts).toEqual([
      '表四的15个数字分散在几处（5、0、0、0、9、2、0、0、0、2、0、0、0、0、0），无论按什么次序合计都对不上，' +
        '可能是提取文本时漏了或错了数字，表四未导入',
    ]);
  });

  it('too many pieces to order: nothing imported, and says why', () => {
    const outcome = read([[1], [0], [0], [0], [2], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0]]);
    expect(outcome.cells.size).toBe(0);
    expect(outcome.doubts[0]).toMatch(/^表四的15个数字分散在\d+处.*太零散，无法可靠地排出次序，表四未导入$/);
  });
});
