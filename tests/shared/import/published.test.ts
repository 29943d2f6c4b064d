/**
 * The narrative imported exactly as published: paragraphs apart as in the source, run-in sub-headings with their
 * punctuation, the 引言, no spaces from extraction, the fee sentence, the agency from a page's <title>, and page
 * chrome that does not cut a part short.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../shared/docx';
import { buildReportHtml } from '../../../shared/html';
import { textDocument } from '../../../shared/import/document';
import type { Block, ReportDocument } from '../../../shared/import/document';
import { narrativeSections } from '../../../shared/import/narrative';
import { withoutExtractionSpaces } from '../../../shared/import/spaces';
import { createDraft, draftOpening } from '../../../shared/model';
import type { Draft, Section } from '../../../shared/model';
import { OVERVIEW_SUBHEADINGS } from '../../../shared/templates';
import { bytesOf, importAs, NOW, reportsDir } from './helpers';

function imported(file: string) {
  const outcome = importAs(file, bytesOf(path.join(reportsDir, file)));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

const paragraphs = (draft: Draft, part: 'overview' | 'problems' | 'other') =>
  draft.narrative[part].flatMap((s) => s.paragraphs);

const sectionsOfText = (text: string) => {
  const doc = textDocument(text);
  return narrativeSections(doc, 0, doc.blocks.length);
};

describe('paragraphs kept apart as in the source', () => {
  it('2020-quanzhou-statistics-bureau.txt (a web page copied double-spaced): the six glued paragraphs are apart', () => {
    const { draft } = imported('2020-quanzhou-statistics-bureau.txt');
    const overview = paragraphs(draft, 'overview');
    for (const start of [
      '2020年我局政府信息公开没有进行收费',
      '2020年度主动公开类别、数量、占比情况如下',
      '2020年度我局共受理18条依申请公开政府信息的申请',
      '二是完善公众咨询相关渠道。',
      '二是加强组织领导。',
    ]) {
      expect(
        overview.filter((p) => p.startsWith(start)),
        start,
      ).toHaveLength(1);
    }
    expect(overview.some((p) => /。(2020年度?我局|二是)/.test(p))).toBe(false);
    expect(draft.narrative.overview[0]!.paragraphs).toEqual([
      expect.stringMatching(/^2020年,泉州市统计局继续深入贯彻《条例》.*透明度。$/),
      '2020年我局政府信息公开没有进行收费,往年也没有收取任何费用。',
    ]);
  });

  it('a double-spaced copy ends a paragraph at every line, and still joins a sentence broken mid-line', () => {
    const lines = Array.from({ length: 24 }, (_, i) => `第${i + 1}段，全年公开信息${i}条。`);
    lines.splice(3, 0, '努力让政务信息“看');
    lines.splice(4, 0, '得懂、用得上”。');
    const sections = sectionsOfText(lines.join('\n\n'));
    const all = sections.flatMap((s) => s.paragraphs);
    expect(all).toHaveLength(25);
    expect(all[3]).toBe('努力让政务信息“看得懂、用得上”。');
    expect(all[0]).toBe('第1段，全年公开信息0条。');
  });

  const pdfLine = (text: string, short: boolean): Block => ({ kind: 'line', text, short });
  const pdf = (blocks: Block[]): ReportDocument => ({ blocks, source: 'text' });

  it('PDF lines: a full line ending in 。 goes on into the next line; a short last line ends its paragraph', () => {
    const doc = pdf([
      pdfLine('    全年主动公开政府信息1136条，其中规范性文件12件。', false),
      pdfLine('另有政策解读20篇，均在门户网站发布', true),
      pdfLine('    我区持续规范依申请公开工作流程', true),
      pdfLine('    一是加强培训；二是完善制度；三是强化', false),
      // A page break: the next page's first line continues the paragraph (no indent, previous line full).
      pdfLine('考核。', true),
    ]);
    expect(narrativeSections(doc, 0, doc.blocks.length).flatMap((s) => s.paragraphs)).toEqual([
      '全年主动公开政府信息1136条，其中规范性文件12件。另有政策解读20篇，均在门户网站发布',
      '我区持续规范依申请公开工作流程',
      '一是加强培训；二是完善制度；三是强化考核。',
    ]);
  });

  it('PDF lines: a first-line indent starts a paragraph though the line before reached the margin', () => {
    const doc = pdf([
      pdfLine('    全年受理申请12件，均在法定期限内答复，答复', false),
      pdfLine('率100%，全部按时办结', false),
      pdfLine('    下一步，我们将继续努力。', true),
    ]);
    expect(narrativeSections(doc, 0, doc.blocks.length).flatMap((s) => s.paragraphs)).toEqual([
      '全年受理申请12件，均在法定期限内答复，答复率100%，全部按时办结',
      '下一步，我们将继续努力。',
    ]);
  });
});

describe('run-in sub-headings', () => {
  it('2023-hongze-district.txt: （一）主动公开情况。主要通过… keeps its 。 in the heading, the text after it as its paragraph', () => {
    const { draft } = imported('2023-hongze-district.txt');
    const first = draft.narrative.overview.find((s) => s.heading.startsWith('（一）'))!;
    expect(first.heading).toBe('（一）主动公开情况。');
    expect(first.paragraphs[0]).toMatch(/^主要通过政府门户网站主动公开政府文件/);
  });

  it('a sub-heading on a line of its own stays a heading without a closing 。', () => {
    const sections = sectionsOfText(['（一）主动公开情况。', '全年公开信息12条。'].join('\n'));
    expect(sections).toEqual([{ heading: '（一）主动公开情况', paragraphs: ['全年公开信息12条。'] }]);
  });

  it('a PDF line that reaches the margin just after the heading’s 。 is still run in', () => {
    const doc: ReportDocument = {
      source: 'text',
      blocks: [
        { kind: 'line', text: '    （三）进一步夯实工作基础，落实规范化标准化建设。', short: false },
        { kind: 'line', text: '将推进政府信息公开作为重要内容。', short: true },
        { kind: 'line', text: '    （四）加强培训。', short: true },
        { kind: 'line', text: '    全年培训3次。', short: true },
      ],
    };
    expect(narrativeSections(doc, 0, doc.blocks.length)).toEqual([
      { heading: '（三）进一步夯实工作基础，落实规范化标准化建设。', paragraphs: ['将推进政府信息公开作为重要内容。'] },
      { heading: '（四）加强培训', paragraphs: ['全年培训3次。'] },
    ]);
  });

  it('import → export prints a run-in heading as published: at the start of its paragraph', () => {
    const { draft } = imported('2024-hongze-district.txt');
    const html = buildReportHtml(draft);
    expect(html).toContain('<p><strong>（一）主动公开情况。</strong>主要通过政府门户网站');
    expect(html).not.toMatch(/<h3>（一）主动公开情况。<\/h3>/);
  });

  it.each(['docx', 'html'] as const)('export → import as .%s gives the imported sections back', async (medium) => {
    const { draft } = imported('2024-hongze-district.txt');
    const bytes = medium === 'docx' ? await buildReportDocx(draft) : buildReportHtml(draft);
    const back = importAs(`export.${medium}`, bytes);
    if (!back.ok) throw new Error(back.reason);
    expect(back.draft.narrative).toEqual(draft.narrative);
    expect(back.draft.processingFees).toEqual(draft.processingFees);
    expect(back.draft.opening).toBe(draft.opening);
  });
});

describe('the 引言', () => {
  it.each([
    ['2023-hongze-district.txt', /^本报告由淮安市洪泽区人民政府办公室根据.*hzzwgk@126\.com）。$/],
    ['2020-quanzhou-statistics-bureau.txt', /^根据《中华人民共和国政府信息公开条例》.*邮政编码:362018。\)$/],
    ['2025-shuyang-county.txt', /^依据《中华人民共和国政府信息公开条例》/],
  ])('%s: the opening before 一、总体情况 becomes draft.opening', (file, opening) => {
    expect(imported(file).draft.opening).toMatch(opening);
  });

  it('drops a 【引言】 label and keeps two opening paragraphs apart', () => {
    const text = [
      '某某局2024年政府信息公开工作年度报告',
      '【引言】',
      '    本报告根据《条例》编制。',
      '    如对本报告有疑问，请与本局联系。',
      '一、总体情况',
      '    全年公开信息12条。',
    ].join('\n');
    const outcome = importAs('report.txt', text);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.opening).toBe('本报告根据《条例》编制。\n如对本报告有疑问，请与本局联系。');
  });
});

describe('spaces inserted by extraction', () => {
  it.each([
    ['2024 年', '2024年'],
    ['国令第 711 号', '国令第711号'],
    ['自 2023 年 1 月 1 日起', '自2023年1月1日起'],
    ['90 号 ， 邮 编 ： 223100 ， 电 话 ：', '90号，邮编：223100，电话：'],
    ['电子邮箱： hzzwgk@126.com）', '电子邮箱：hzzwgk@126.com）'],
  ])('removes them: %s → %s', (printed, clean) => {
    expect(withoutExtractionSpaces(printed)).toBe(clean);
  });

  it.each([
    'Open Government Data',
    '网址：http://tjj.quanzhou.gov.cn/a b',
    '电话：0595-28385593 28385561',
    '通过 APP 发布',
    'Windows 10',
  ])('keeps the spaces that belong: %s', (text) => {
    expect(withoutExtractionSpaces(text)).toBe(text);
  });

  it('2023-hongze-district.txt: none left in the opening and the narrative', () => {
    const { draft } = imported('2023-hongze-district.txt');
    expect(draft.opening).toContain('（国令第711号）');
    expect(draft.opening).toContain('自2023年1月1日起至2023年12月31日止');
    const all = [draft.opening!, ...paragraphs(draft, 'overview'), ...paragraphs(draft, 'problems')].join('\n');
    expect(all).not.toMatch(/[\u4e00-\u9fff] +\d|\d +[\u4e00-\u9fff]/);
  });

  it('leaves the spaces of a Word document or web page alone (they are the author’s, and round-trip)', () => {
    const html =
      '<h1>某某局2024年政府信息公开工作年度报告</h1><h2>一、总体情况</h2><p>升级到 Windows 10 系统后，全年公开 12 条。</p>';
    const outcome = importAs('page.html', html);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(paragraphs(outcome.draft, 'overview')).toEqual(['升级到 Windows 10 系统后，全年公开 12 条。']);
  });
});

describe('the fee sentence of part 六 (2021 format)', () => {
  it.each([
    [
      '2023-hongze-district.txt',
      0,
      '2023年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。',
    ],
    [
      '2024-huaian-city-layout.txt',
      3940,
      '2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。',
    ],
    [
      '2025-shuyang-county.txt',
      380,
      expect.stringMatching(/^我县认真落实.*收取信息处理费共计380元，其中民政局1件，收取380元。$/),
    ],
  ])('%s: read into processingFees, the wording kept as the printed sentence', (file, collected, sentence) => {
    const { draft } = imported(file);
    expect(draft.processingFees).toEqual({
      noticeCount: null,
      noticeAmount: null,
      collectedAmount: collected,
      sentence,
    });
    // The sentence led part 六: the export prints it there from `sentence`, so it is not kept twice.
    expect(paragraphs(draft, 'other').join('')).not.toContain('信息处理费');
  });

  it('keeps a published fee sentence in place when it does not lead the part, and the export prints it once', () => {
    const text = [
      '某某局2024年政府信息公开工作年度报告',
      '一、总体情况',
      '    全年公开信息12条。',
      '六、其他需要报告的事项',
      '    本年度无其他需要报告的事项。',
      '',
      '    全年收取信息处理费 50 元。',
    ].join('\n');
    const outcome = importAs('report.txt', text);
    if (!outcome.ok) throw new Error(outcome.reason);
    const { draft } = outcome;
    expect(draft.processingFees).toMatchObject({ collectedAmount: 50, sentence: '全年收取信息处理费50元。' });
    expect(paragraphs(draft, 'other')).toEqual(['本年度无其他需要报告的事项。', '全年收取信息处理费50元。']);
    expect(buildReportHtml(draft).split('全年收取信息处理费50元。')).toHaveLength(2);
  });

  it('leaves a leading paragraph that says more than the fee in the part (text scraped flat), the figures read', () => {
    const text = [
      '某某局2024年政府信息公开工作年度报告',
      '一、总体情况',
      '    全年公开信息12条。',
      '六、其他需要报告的事项',
      '    全年收取信息处理费0元。本年度办理人大代表建议3件。',
    ].join('\n');
    const outcome = importAs('report.txt', text);
    if (!outcome.ok) throw new Error(outcome.reason);
    const { draft } = outcome;
    expect(draft.processingFees).toMatchObject({ collectedAmount: 0 });
    expect(paragraphs(draft, 'other')).toEqual(['全年收取信息处理费0元。本年度办理人大代表建议3件。']);
    expect(buildReportHtml(draft).split('全年收取信息处理费0元。')).toHaveLength(2);
  });
});

describe('the agency from the page <title>', () => {
  const page = (title: string) =>
    `<html><head><title>${title}</title></head><body><div class="article">` +
    '<p>本报告根据《条例》编制，统计期限自2020年1月1日起至2020年12月31日止。</p>' +
    '<p>一、总体情况</p><p>全年公开信息12条。</p></div></body></html>';

  it('takes the agency and year from <title> when the page prints no title block, with a doubt', () => {
    const outcome = importAs('page.html', page('泉州市统计局2020年政府信息公开工作年度报告_泉州市人民政府网'));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.agency.name).toBe('泉州市统计局');
    expect(outcome.draft.year).toBe(2020);
    expect(outcome.coverage.doubts).toContain('正文中没有报告标题，机关名称「泉州市统计局」取自网页标题，请核对');
    expect(draftOpening(outcome.draft)).toMatch(/^本报告根据《条例》编制/);
  });

  it('asks for the agency when the <title> names none', () => {
    const outcome = importAs('page.html', page('信息公开 - 首页'));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.agency.name).toBe('');
    expect(outcome.coverage.doubts).toContain('未能从标题中读出机关名称，请在草稿中填写');
  });
});

describe('page chrome does not end a part', () => {
  /** A long 一: the five standard sub-sections, paragraphs that start with words page chrome starts with. */
  function longDraft(): Draft {
    const draft = createDraft({ id: 'long', year: 2024, format: '2021', agency: { name: '某某县人民政府' }, now: NOW });
    const starts = ['视频解读：', '来源：', '相关解读', '图片解读', '媒体报道'];
    draft.narrative.overview = OVERVIEW_SUBHEADINGS.map((heading, i): Section => ({
      id: `overview-${i + 1}`,
      heading: `${heading}情况`,
      paragraphs: [
        `${starts[i]}全年制作政策解读材料${i + 3}件，在门户网站和政务新媒体同步发布。`,
        ...Array.from(
          { length: 6 },
          (_, k) => `本年度第${k + 1}项工作扎实推进，公开信息${(i + 1) * (k + 2)}条，进一步提升了公开质量。`,
        ),
      ],
    }));
    return draft;
  }

  it.each(['docx', 'html'] as const)(
    'a long draft exported as .%s comes back with all five sub-sections of 一',
    async (medium) => {
      const source = longDraft();
      const bytes = medium === 'docx' ? await buildReportDocx(source) : buildReportHtml(source);
      const outcome = importAs(`export.${medium}`, bytes);
      if (!outcome.ok) throw new Error(outcome.reason);
      expect(outcome.draft.narrative.overview).toEqual(source.narrative.overview);
      expect(outcome.coverage.doubts.filter((d) => d.includes('栏目文字'))).toEqual([]);
    },
  );

  it('page chrome followed by more report text ends the part with a doubt saying so', () => {
    const text = [
      '某某局2024年政府信息公开工作年度报告',
      '一、总体情况',
      '    全年公开信息12条。',
      '视频解读',
      '（二）依申请公开情况',
      '    全年受理申请3件。',
    ].join('\n');
    const outcome = importAs('report.txt', text);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(paragraphs(outcome.draft, 'overview')).toEqual(['全年公开信息12条。']);
    expect(outcome.coverage.doubts).toContain(
      '「视频解读」像是网页上的栏目文字，本部分在它之后的文字未导入，请核对原文',
    );
  });

  it('a page’s own chrome lines after the report are still left out, without a doubt', () => {
    const source = readFileSync(path.join(reportsDir, '2020-quanzhou-statistics-bureau.txt'), 'utf8');
    const outcome = importAs(
      'quanzhou.txt',
      `${source}\n\n相关解读：图解泉州市统计局2020年政府信息公开工作年度报告\n\n扫一扫在手机打开当前页`,
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    const text = [...paragraphs(outcome.draft, 'other'), ...outcome.draft.narrative.other.map((s) => s.heading)].join(
      '',
    );
    expect(text).not.toContain('图解');
    expect(text).not.toContain('扫一扫');
    expect(outcome.coverage.doubts.filter((d) => d.includes('栏目文字'))).toEqual([]);
  });
});

describe('line breaks inside a Word paragraph', () => {
  it('an 引言 of two paragraphs and a paragraph with a typed line break come back from the .docx export as they were', async () => {
    const draft = createDraft({ id: 'br', year: 2024, format: '2021', agency: { name: '某某局' }, now: NOW });
    draft.opening = '本报告根据《条例》编制。\n如对本报告有疑问，请与本局联系。';
    draft.narrative.overview[0]!.paragraphs = ['全年公开信息12条：\n一是门户网站10条；\n二是政务新媒体2条。'];
    const outcome = importAs('export.docx', await buildReportDocx(draft));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.opening).toBe(draft.opening);
    expect(outcome.draft.narrative.overview[0]!.paragraphs).toEqual(draft.narrative.overview[0]!.paragraphs);
  });
});
