import { describe, expect, it } from 'vitest';
import { pastedParagraphs, pasteIntoBody } from '../../renderer/src/logic/pasteText';

describe('pasted paragraphs', () => {
  it('removes leading full-width spaces, ASCII spaces and tabs, and trailing white space', () => {
    expect(pastedParagraphs('\u3000\u3000本年度主动公开信息120条。  ')).toEqual(['本年度主动公开信息120条。']);
    expect(pastedParagraphs('\t  \u00a0全年共收到申请5件。')).toEqual(['全年共收到申请5件。']);
  });

  it('makes every line break a paragraph and drops the blank lines between paragraphs', () => {
    expect(pastedParagraphs('\u3000\u3000第一段。\r\n\r\n\u3000\u3000第二段。\r\n')).toEqual(['第一段。', '第二段。']);
    expect(pastedParagraphs('甲\r乙\v丙\u2029丁\n戊')).toEqual(['甲', '乙', '丙', '丁', '戊']);
  });

  it('keeps spaces inside a paragraph', () => {
    expect(pastedParagraphs('  共 120 条，  涵盖统计数据')).toEqual(['共 120 条，  涵盖统计数据']);
  });

  it('yields nothing for white space only', () => {
    expect(pastedParagraphs(' \u3000\r\n\t')).toEqual([]);
    expect(pasteIntoBody('正文', 1, 1, '\u3000\u3000')).toBeNull();
  });

  it('replaces the selection with the paragraphs and puts the caret after the last one', () => {
    const body = '已有第一段\n已有第二段';
    const at = body.indexOf('\n');
    expect(pasteIntoBody(body, at, at, '\u3000\u3000新段甲\r\n\u3000\u3000新段乙')).toEqual({
      text: '已有第一段新段甲\n新段乙\n已有第二段',
      caret: '已有第一段新段甲\n新段乙'.length,
    });
    expect(pasteIntoBody('abc', 0, 3, '\u3000x')).toEqual({ text: 'x', caret: 1 });
  });

  it('keeps a paragraph break at either end of the pasted text against text on the same line, as Word does', () => {
    expect(pasteIntoBody('已有', 0, 0, '\u3000\u3000第一段\r\n第二段\r\n')).toEqual({
      text: '第一段\n第二段\n已有',
      caret: '第一段\n第二段\n'.length,
    });
    expect(pasteIntoBody('已有', 2, 2, '\r\n\u3000\u3000新段')).toEqual({ text: '已有\n新段', caret: 5 });
    // At the end of the body, or next to a line break already there, no empty paragraph is added.
    expect(pasteIntoBody('已有\n', 3, 3, '新段\r\n')).toEqual({ text: '已有\n新段', caret: 5 });
  });
});
