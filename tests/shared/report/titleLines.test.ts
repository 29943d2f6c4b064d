import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, TITLE_CHARS_PER_LINE, titleLines } from '../../../shared/report';

describe('titleLines (GB/T 9704 §7.3.1: whole words, balanced lines)', () => {
  it('keeps a title that fits on one line whole', () => {
    expect(titleLines('某局2023年政府信息公开工作年度报告', '某局')).toEqual(['某局2023年政府信息公开工作年度报告']);
  });

  it('breaks a longer title right after the agency name, never leaving one word alone on a line', () => {
    expect(titleLines('泉州市统计局2020年政府信息公开工作年度报告', '泉州市统计局')).toEqual([
      '泉州市统计局',
      '2020年政府信息公开工作年度报告',
    ]);
    expect(titleLines('某某县人民政府2023年政府信息公开工作年度报告', '某某县人民政府')).toEqual([
      '某某县人民政府',
      '2023年政府信息公开工作年度报告',
    ]);
  });

  it('breaks after the agency name wherever it stands, or before the year, or before 政府信息公开', () => {
    expect(titleLines('关于2023年度沭阳县发展和改革局政府信息公开工作的年度报告', '沭阳县发展和改革局')).toEqual([
      '关于2023年度沭阳县发展和改革局',
      '政府信息公开工作的年度报告',
    ]);
    expect(titleLines('2023年度沭阳县发展和改革局政府信息公开工作年度报告', '')).toEqual([
      '2023年度沭阳县发展和改革局',
      '政府信息公开工作年度报告',
    ]);
  });

  it('breaks where the user typed a line break, whatever fits', () => {
    expect(titleLines('泉州市统计局2020年\n政府信息公开工作年度报告', '泉州市统计局')).toEqual([
      '泉州市统计局2020年',
      '政府信息公开工作年度报告',
    ]);
    expect(titleLines('某局\r\n2023年报告', '某局')).toEqual(['某局', '2023年报告']);
  });

  it('counts digits and Latin letters as half a character', () => {
    expect(textWidth('2020年')).toBe(3);
    expect(textWidth('ABC局')).toBe(2.5);
  });

  it('never loses or reorders a character, and every line it makes fits when two lines can hold the title', () => {
    const word = fc.constantFrom(
      '政府',
      '信息',
      '公开',
      '工作',
      '年度',
      '报告',
      '统计局',
      '人民政府',
      '2023年',
      '办公室',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), fc.array(word, { maxLength: 4 }), (words, name) => {
        const title = words.join('');
        const lines = titleLines(title, name.join(''));
        expect(lines.join('')).toBe(title);
        expect(lines.length).toBeLessThanOrEqual(2);
        if (lines.length === 2) for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
        if (textWidth(title) <= TITLE_CHARS_PER_LINE) expect(lines).toEqual([title]);
      }),
    );
  });
});
