import { describe, expect, it } from 'vitest';
import {
  hasPartOrdinal,
  headingKey,
  isSubheading,
  withoutMarkdownHeading,
  withoutMarkdownHeadingMarks,
} from '../../../shared/import/headings';
import { normLabel } from '../../../shared/import/normalize';
import { partHeading } from '../../../shared/templates';
import { findParts } from '../../../shared/import/parts';
import { textDocument } from '../../../shared/import/document';
import { findTitle } from '../../../shared/import/title';

describe('one heading normaliser', () => {
  it('gives a printed heading and the format heading the same key, whatever the ordinal, width or spacing', () => {
    const key = headingKey(partHeading('overview'));
    for (const printed of [
      '一、总体情况',
      '一，总体情况',
      '（一）总体情况',
      '(一) 总 体 情 况',
      '1.总体情况',
      '1、总体情况',
    ]) {
      expect(headingKey(printed), printed).toBe(key);
    }
  });

  it('tells part ordinals (一、 （一）) from item numbers (1.)', () => {
    expect(hasPartOrdinal(normLabel('二、主动公开政府信息情况'))).toBe(true);
    expect(hasPartOrdinal(normLabel('（二）依申请公开'))).toBe(true);
    expect(hasPartOrdinal(normLabel('1.主动公开'))).toBe(false);
  });

  it('takes Markdown heading marks off for matching, and keeps the indent where paragraphs need it', () => {
    expect(withoutMarkdownHeading('  ### 一、总体情况')).toBe('一、总体情况');
    expect(withoutMarkdownHeadingMarks('  ### 一是从严管理。')).toBe('  一是从严管理。');
    expect(isSubheading('## （一）主动公开')).toBe(true);
    expect(isSubheading('(二)依申请公开')).toBe(true);
    expect(isSubheading('一、总体情况')).toBe(false);
  });

  it('finds the title and the parts of a text whose headings are all Markdown headings', () => {
    const doc = textDocument(
      [
        '# 泉州市统计局2020年政府信息公开工作年度报告',
        '## 一、总体情况',
        '本机关认真贯彻落实。',
        '## 二、主动公开政府信息情况',
        '## 三、收到和处理政府信息公开申请情况',
        '## 四、政府信息公开行政复议、行政诉讼情况',
        '## 五、存在的主要问题及改进情况',
        '## 六、其他需要报告的事项',
      ].join('\n'),
    );
    expect(findTitle(doc)).toMatchObject({ agency: '泉州市统计局', year: 2020 });
    expect(findParts(doc, 1).map((p) => p.part)).toEqual([
      'overview',
      'active',
      'applications',
      'litigation',
      'problems',
      'other',
    ]);
  });
});
