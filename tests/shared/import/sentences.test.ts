import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/model';
import { textDocument } from '../../../shared/import/document';
import { narrativeSections } from '../../../shared/import/narrative';
import { continuesSentence, joinLines } from '../../../shared/import/sentences';
import { bytesOf, importAs, reportsDir } from './helpers';

/** Narrative sections of a text, the way a part of a .txt report is read. */
function sectionsOf(lines: readonly string[]) {
  const doc = textDocument(lines.join('\n'));
  return narrativeSections(doc, 0, doc.blocks.length);
}

const paragraphsOf = (lines: readonly string[]) => sectionsOf(lines).flatMap((s) => s.paragraphs);

describe('continuesSentence', () => {
  const line = (text: string, alone = false) => ({ text, alone });

  it('joins a line that ends mid-sentence to an ordinary next line', () => {
    expect(continuesSentence(line('努力让政务信息“看'), '得懂、用得上、易监督”。')).toBe(true);
    expect(continuesSentence(line('通过案例实'), '操，赋能业务提升。')).toBe(true);
    expect(continuesSentence(line('还有一些需要加强和改进的'), '地方。主要表现在：')).toBe(true);
  });

  it.each(['。', '！', '？', '；', '：', '…', '!', '?', ';', ':', '。”', '！）', '。」', '…”）'])(
    'does not join after a line ending in %s',
    (end) => {
      expect(continuesSentence(line(`全年共受理申请12件${end}`), '下一步，我们将继续努力。')).toBe(false);
    },
  );

  it.each([
    ['一、总体情况'],
    ['（一）主动公开情况'],
    ['(二) 依申请公开'],
    ['1.通知公告10条'],
    ['2、机构设置'],
    ['一是拓宽主动公开渠道。'],
    ['二是健全考核激励体系。'],
    ['①门户网站'],
    ['第一，强化审核。'],
    ['# 标题'],
  ])('does not join an unfinished line to a heading or list item: %s', (next) => {
    expect(continuesSentence(line('聚焦重点领域和关键环节，努力让政务信息'), next)).toBe(false);
  });

  it.each([['12 3 0 0 15'], ['行政规范性文件   0   0   12'], ['表一 主动公开情况'], ['2026年1月23日']])(
    'does not join an unfinished line to table material or a date: %s',
    (next) => {
      expect(continuesSentence(line('聚焦重点领域和关键环节，努力让政务信息'), next)).toBe(false);
    },
  );

  it('does not join a lone short title-like line without punctuation', () => {
    expect(continuesSentence(line('政务公开平台建设情况', true), '本年度新建专栏3个。')).toBe(false);
    // The same words as the last line of a longer paragraph are a broken sentence.
    expect(continuesSentence(line('政务公开平台建设情况', false), '本年度新建专栏3个。')).toBe(true);
  });

  it('reads 1.5 at the start of a line as a number, not a list item', () => {
    expect(continuesSentence(line('全年主动公开信息'), '1.5万条，同比增长8%。')).toBe(true);
  });
});

describe('joinLines', () => {
  it('puts nothing between CJK characters', () => {
    expect(joinLines('努力让政务信息“看', '得懂、用得上、易监督”。')).toBe('努力让政务信息“看得懂、用得上、易监督”。');
    expect(joinLines('共计 95', '个')).toBe('共计 95个');
    expect(joinLines('主动公开', '2024 年')).toBe('主动公开2024 年');
  });

  it('puts one space between Latin words', () => {
    expect(joinLines('published on the', 'website')).toBe('published on the website');
    expect(joinLines('the report.', 'It was')).toBe('the report. It was');
    expect(joinLines('Windows', '10')).toBe('Windows 10');
  });

  it('adds no space where Chinese text uses half-width commas before a number', () => {
    expect(joinLines('通知公告10条,', '2020年')).toBe('通知公告10条,2020年');
  });
});

describe('paragraphs of text reports', () => {
  it('joins a sentence broken by a blank line, with no space between CJK characters', () => {
    expect(paragraphsOf(['努力让政务信息“看', '', '得懂、用得上、易监督”。', '', '一是拓宽主动公开渠道。'])).toEqual([
      '努力让政务信息“看得懂、用得上、易监督”。',
      '一是拓宽主动公开渠道。',
    ]);
  });

  it('joins a sentence broken by a page break and page number (PDF text)', () => {
    const lines = [
      '   对照上级新要求，还有一些需要加强和改进的',
      '',
      '       -5-',
      '\f地方。主要表现在：一是质量仍需提升。',
    ];
    expect(paragraphsOf(lines)).toEqual([
      '对照上级新要求，还有一些需要加强和改进的地方。主要表现在：一是质量仍需提升。',
    ]);
  });

  it('joins broken Latin words with one space', () => {
    expect(paragraphsOf(['The report was published on the', '', 'website in January.'])).toEqual([
      'The report was published on the website in January.',
    ]);
  });

  it('keeps paragraphs apart when the first ends its sentence', () => {
    expect(paragraphsOf(['全年共受理申请12件。', '', '下一步，我们将继续努力。'])).toEqual([
      '全年共受理申请12件。',
      '下一步，我们将继续努力。',
    ]);
  });

  it('keeps a heading after an unfinished line a heading', () => {
    const sections = sectionsOf(['聚焦重点领域，努力让政务信息', '', '（二）依申请公开情况', '全年共受理申请12件。']);
    expect(sections).toEqual([
      { heading: '', paragraphs: ['聚焦重点领域，努力让政务信息'] },
      { heading: '（二）依申请公开情况', paragraphs: ['全年共受理申请12件。'] },
    ]);
  });

  it('keeps an item (一是…) after an unfinished line its own paragraph', () => {
    expect(paragraphsOf(['下一步将抓好以下工作', '', '一是扎实推进依申请公开工作。'])).toEqual([
      '下一步将抓好以下工作',
      '一是扎实推进依申请公开工作。',
    ]);
  });

  it('does not merge a short title-like line into the heading after it or the text after it', () => {
    expect(sectionsOf(['政务公开工作情况', '', '（一）主动公开情况', '本年度新建专栏3个。'])).toEqual([
      { heading: '', paragraphs: ['政务公开工作情况'] },
      { heading: '（一）主动公开情况', paragraphs: ['本年度新建专栏3个。'] },
    ]);
    expect(paragraphsOf(['政务公开平台建设', '', '本年度新建专栏3个。'])).toEqual([
      '政务公开平台建设',
      '本年度新建专栏3个。',
    ]);
  });

  it('does not join text to a table row or a line of numbers', () => {
    expect(paragraphsOf(['各项情况统计，具体如下', '', '| 结果维持 | 结果纠正 |'])).toEqual([
      '各项情况统计，具体如下',
      '结果维持 结果纠正',
    ]);
    expect(paragraphsOf(['各项情况统计，具体如下', '', '12 3 0 0 15'])).toEqual([
      '各项情况统计，具体如下',
      '12 3 0 0 15',
    ]);
  });

  it('does not join text to a Markdown heading without an ordinal', () => {
    expect(paragraphsOf(['聚焦重点领域，努力让政务信息', '', '### 政务公开平台建设', '本年度新建专栏3个。'])).toEqual([
      '聚焦重点领域，努力让政务信息',
      '政务公开平台建设本年度新建专栏3个。',
    ]);
  });

  it('does not join a signature date to the text before it', () => {
    expect(paragraphsOf(['全年收取信息处理费0元，特此报告', '', '2026年1月23日'])).toEqual([
      '全年收取信息处理费0元，特此报告',
      '2026年1月23日',
    ]);
  });
});

describe('broken sentences in the real reports', () => {
  function narrative(file: string): Draft['narrative'] {
    const outcome = importAs(file, bytesOf(path.join(reportsDir, file)));
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.draft.narrative;
  }
  const paragraphs = (n: Draft['narrative']) =>
    (['overview', 'problems', 'other'] as const).flatMap((p) => n[p].flatMap((s) => s.paragraphs));

  it('2025-shuyang-county.txt: “看 / 得懂…” and 案例实 / 操 are one paragraph each', () => {
    const all = paragraphs(narrative('2025-shuyang-county.txt'));
    expect(all).toContainEqual(expect.stringContaining('努力让政务信息“看得懂、用得上、易监督”。'));
    expect(all).toContainEqual(expect.stringContaining('通过案例实操，赋能业务提升'));
    expect(all).toContainEqual(expect.stringContaining('及时向责任单位进行提醒通知'));
    expect(all.filter((p) => /^(得懂|操，|进行提醒通知)/.test(p))).toEqual([]);
  });

  it.each(['2024-huaian-city-layout.txt', '2024-huaian-city-raw.txt'])(
    '%s: sentences broken at PDF page breaks are joined, run-in sub-headings stay sub-sections with their 。',
    (file) => {
      const n = narrative(file);
      const all = paragraphs(n);
      expect(all).toContainEqual(expect.stringContaining('“建设‘四最’一流营商环境高质量推进产业发展”'));
      expect(all).toContainEqual(expect.stringContaining('将栏目不更新、政策解读不通俗易懂'));
      expect(all).toContainEqual(expect.stringMatching(/^对照上级新要求和公众新期待，还有一些需要加强和改进的地方。/));
      expect(n.overview.map((s) => s.heading)).toEqual([
        '',
        '（一）主动公开情况。',
        '（二）依申请公开情况。',
        '（三）政府信息管理情况。',
        '（四）政府信息公开平台建设情况。',
        '（五）政府信息公开监督保障情况。',
      ]);
      expect(all.every((p) => !/^\d+(\s+\d+)+$/.test(p))).toBe(true);
    },
  );

  it.each(['2023-hongze-district.txt', '2024-hongze-district.txt'])(
    '%s: sentences broken at a page number are one paragraph',
    (file) => {
      const all = paragraphs(narrative(file));
      expect(all.filter((p) => /^(级审核|人员跟班|各行政机关答复)/.test(p))).toEqual([]);
    },
  );
});
