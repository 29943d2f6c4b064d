import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../../electron/backend/import/pdfLayout';
import type { TextRun } from '../../../../electron/backend/import/pdfLayout';

const run = (text: string, x: number, y: number, size = 10): TextRun => ({
  text,
  x,
  y,
  width: text.length * size * 0.6,
  size,
});
/** A row: label at x 70, numbers in columns 200, 260, 320 (null: blank cell). */
const row = (label: string, y: number, values: (string | null)[]) => [
  run(label, 70, y),
  ...values.flatMap((v, i) => (v === null ? [] : [run(v, 200 + i * 60, y - 1, 11)])),
];

describe('PDF layout', () => {
  it('joins runs on one baseline and keeps digits next to CJK without spaces', () => {
    const doc = layoutDocument([[run('全年共', 70, 700, 16), run('2024', 118, 700, 16), run('年。', 152, 700, 16)]]);
    expect(doc.blocks).toMatchObject([{ kind: 'line', text: '全年共2024年。' }]);
  });

  it('keeps a blank cell in its column instead of shifting the numbers after it left', () => {
    const doc = layoutDocument([
      [
        ...[run('信息内容', 70, 760), run('甲', 200, 760), run('乙', 260, 760), run('丙', 320, 760)],
        ...row('规章', 740, ['1', '2', '3']),
        ...row('规范性文件', 720, [null, '5', '6']),
        ...row('其他', 700, ['7', null, '9']),
      ],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'row')).toEqual([
      { kind: 'row', cells: ['规章', '1', '2', '3'] },
      { kind: 'row', cells: ['规范性文件', '', '5', '6'] },
      { kind: 'row', cells: ['其他', '7', '', '9'] },
    ]);
  });

  it('finds a column no row has a number in from its header cell', () => {
    const doc = layoutDocument([
      [
        ...[run('信息内容', 70, 760), run('甲', 200, 760), run('乙', 260, 760), run('丙', 320, 760)],
        ...row('规章', 740, ['1', null, '3']),
        ...row('规范性文件', 720, ['4', null, '6']),
      ],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'row').map((b) => b.kind === 'row' && b.cells)).toEqual([
      ['规章', '1', '', '3'],
      ['规范性文件', '4', '', '6'],
    ]);
  });

  it('gives each small table stacked under another its own columns', () => {
    const doc = layoutDocument([
      [
        run('信息内容', 70, 760),
        run('甲', 200, 760),
        run('乙', 260, 760),
        run('丙', 320, 760),
        ...row('规章', 740, ['1', '2', '3']),
        run('信息内容', 70, 720),
        run('本年处理决定数量', 230, 720),
        run('行政许可', 70, 700),
        run('447', 250, 699, 11),
      ],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'row').map((b) => b.kind === 'row' && b.cells)).toEqual([
      ['规章', '1', '2', '3'],
      ['行政许可', '447'],
    ]);
  });

  it('puts a label wrapped around its numbers back together', () => {
    const doc = layoutDocument([
      [
        ...row('规章', 760, ['1', '2', '3']),
        run('其他对外管理服务事', 70, 745),
        ...row('', 735, ['55', '0', '3']).slice(1),
        run('项', 70, 725),
        ...row('行政处罚', 705, ['4', '5', '6']),
      ],
    ]);
    expect(doc.blocks).toEqual([
      { kind: 'row', cells: ['规章', '1', '2', '3'] },
      { kind: 'row', cells: ['其他对外管理服务事项', '55', '0', '3'] },
      { kind: 'row', cells: ['行政处罚', '4', '5', '6'] },
    ]);
  });

  it('cuts a number off the wide label cell a browser prints it close to, but only in a table row', () => {
    const label = run('其他对外管理服务事项', 70, 740);
    const close = (text: string, x: number) => run(text, x, 740, 10);
    const doc = layoutDocument([
      [
        label,
        close('55', label.x + label.width + 2),
        close('0', 260),
        close('3', 320),
        run('全年共', 70, 700, 16),
        run('2024', 70 + 48 + 4, 700, 16),
        run('年。', 70 + 48 + 4 + 32, 700, 16),
      ],
    ]);
    expect(doc.blocks).toMatchObject([
      { kind: 'row', cells: ['其他对外管理服务事项', '55', '0', '3'] },
      { kind: 'line', text: '全年共2024年。' },
    ]);
  });

  it('reads the Kangxi radicals Chromium writes as the characters they stand for', () => {
    expect(layoutDocument([[run('⾏政许可', 70, 700)]]).blocks).toMatchObject([{ kind: 'line', text: '行政许可' }]);
  });

  it('reads the radicals-supplement twins Chromium writes (⺠ ⻓ ⻬ ⻅ ⻚) as the characters they stand for', () => {
    expect(layoutDocument([[run('人⺠政府局⻓⻬抓共管意⻅首⻚', 70, 700)]]).blocks).toMatchObject([
      { kind: 'line', text: '人民政府局长齐抓共管意见首页' },
    ]);
  });

  it('drops page numbers and keeps a first-line indent as leading spaces', () => {
    const doc = layoutDocument([
      [run('首行缩进的段落开头', 102, 700, 16), run('续行', 70, 680, 16), run('续行二', 70, 660, 16)],
      [run('- 2 -', 280, 40, 13), run('下一页', 70, 760, 16)],
    ]);
    expect(doc.blocks).toMatchObject([
      { kind: 'line', text: '    首行缩进的段落开头' },
      { kind: 'line', text: '续行' },
      { kind: 'line', text: '续行二' },
      { kind: 'line', text: '下一页' },
    ]);
  });

  it('marks a line that stops short of the right margin (a paragraph’s last line), not a full one', () => {
    // Lines of 20 characters end at 70 + 20 × 9.6 = 262; the short ones end well before it.
    const line = (text: string, y: number) => run(text, 70, y, 16);
    const full = '一二三四五六七八九十一二三四五六七八九十';
    const doc = layoutDocument([
      [line(full, 700), line(full, 680), line('五个字。止', 660), line(full, 640), line(full, 620)],
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'line' ? b.short : null))).toEqual([false, false, true, false, false]);
  });
});

describe('PDF layout on hostile input', () => {
  it('lays out a page of 200 000 runs on one line, and 2 000 number columns, without overflowing or hanging', () => {
    const wide = Array.from({ length: 200_000 }, (_, i) => run(String(i % 10), i * 20, 700));
    const start = performance.now();
    const doc = layoutDocument([wide]);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]!.kind === 'row' && doc.blocks[0]!.cells.length).toBe(200_000);
    const table = Array.from({ length: 50 }, (_, r) =>
      Array.from({ length: 2_000 }, (_, c) => run(String(c), 70 + c * 20, 700 - r * 12)),
    ).flat();
    expect(layoutDocument([table]).blocks).toHaveLength(50);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
