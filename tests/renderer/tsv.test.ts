import { describe, expect, it } from 'vitest';
import { isBlock, parseTsv } from '../../renderer/src/logic/tsv';

describe('clipboard TSV from Excel/WPS', () => {
  it('splits CRLF rows and tabs, ignoring the trailing line break', () => {
    expect(parseTsv('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('keeps empty cells, including trailing ones', () => {
    expect(parseTsv('1\t\t3\n\t\t\n')).toEqual([
      ['1', '', '3'],
      ['', '', ''],
    ]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"a\tb"\t"line1\nline2"\t"say ""hi"""\n')).toEqual([['a\tb', 'line1\nline2', 'say "hi"']]);
  });

  it('takes a stray quote literally', () => {
    expect(parseTsv('5"\t"6')).toEqual([['5"', '"6']]);
  });

  it('tells a block from a single value', () => {
    expect(isBlock('12')).toBe(false);
    expect(isBlock('12\r\n')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
    expect(isBlock('1\n2')).toBe(true);
  });
});
