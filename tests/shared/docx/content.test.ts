import type { Element } from '@xmldom/xmldom';
import { Document, Paragraph, Tab, TextRun } from 'docx';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildReportDocx } from '../../../shared/docx';
import { compileParts } from '../../../shared/docx/package';
import { cellText, reportTable } from '../../../shared/docx/tables';
import { tableXml } from '../../../shared/docx/tableTemplate';
import { paragraphXml, xmlSafeText } from '../../../shared/docx/text';
import { STYLE, STYLES } from '../../../shared/docx/typography';
import { draftCellValues } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { getFormat, tablesOf } from '../../../shared/templates';
import { filledDraft, loadDraftFixture } from '../../helpers/drafts';
import { all, child, docxPart, textOf, wAttr } from './ooxml';

async function outline(draft: Draft): Promise<string[]> {
  const body = all(docxPart(await buildReportDocx(draft), 'word/document.xml'), 'body')[0]!;
  const out: string[] = [];
  for (let n = body.firstChild; n; n = n.nextSibling) {
    const el = n as Element;
    if (el.localName === 'tbl') out.push('[table]');
    else if (el.localName === 'p') out.push(`${wAttr(child(el, 'pPr', 'pStyle'), 'val') ?? 'body'}: ${textOf(el)}`);
  }
  return out;
}

const withFees = (fees: Partial<NonNullable<Draft['processingFees']>>): Draft => {
  const draft = filledDraft('2021');
  return { ...draft, processingFees: { ...draft.processingFees!, ...fees } };
};

const partSix = async (draft: Draft) => {
  const lines = await outline(draft);
  return lines.slice(lines.indexOf('Heading1: 六、其他需要报告的事项') + 1);
};

describe('report content', () => {
  it('prints the title, a blank line, the opening, then the six parts with their sub-headings and tables', async () => {
    const lines = await outline(filledDraft('2021'));
    expect(lines.slice(0, 3)).toEqual([
      // Too long for one line of 二号: broken after the agency name (typography.test.ts, 'title break').
      'Title: 某某市统计局\n2024年政府信息公开工作年度报告',
      'Title: ',
      expect.stringMatching(/^body: 本报告根据.*统计期限自2024年1月1日起至2024年12月31日止/),
    ]);
    const structure = lines.filter((l) => l.startsWith('Heading') || l === '[table]');
    expect(structure).toEqual([
      'Heading1: 一、总体情况',
      'Heading2: （一）主动公开',
      'Heading2: （二）依申请公开',
      'Heading2: （三）政府信息管理',
      'Heading2: （四）政府信息公开平台建设',
      'Heading2: （五）监督保障',
      'Heading1: 二、主动公开政府信息情况',
      '[table]',
      'Heading1: 三、收到和处理政府信息公开申请情况',
      '[table]',
      'Heading1: 四、政府信息公开行政复议、行政诉讼情况',
      '[table]',
      'Heading1: 五、存在的主要问题及改进情况',
      'Heading1: 六、其他需要报告的事项',
    ]);
  });

  it('opens part 六 with 本年度未收取信息处理费。 when every fee figure is 0', async () => {
    expect((await partSix(withFees({ noticeCount: 0, noticeAmount: 0, collectedAmount: 0 })))[0]).toBe(
      'body: 本年度未收取信息处理费。',
    );
  });

  it('generates the fee sentence from the figures, and prints the user’s own wording when edited', async () => {
    const figures = await partSix(withFees({ noticeCount: 2, noticeAmount: 300, collectedAmount: 150 }));
    expect(figures[0]).toBe('body: 本年度共发出收费通知2件，总金额300元；实际收取信息处理费150元。');
    const edited = await partSix(withFees({ noticeCount: 2, sentence: '本机关2024年未向申请人收取任何费用。' }));
    expect(edited[0]).toBe('body: 本机关2024年未向申请人收取任何费用。');
  });

  it('prints no fee sentence when the figures are blank, and none twice when the user already wrote it', async () => {
    const blank = await partSix(withFees({ noticeCount: null, noticeAmount: null, collectedAmount: null }));
    expect(blank.join()).not.toContain('信息处理费');
    const draft = withFees({ noticeCount: 0, noticeAmount: 0, collectedAmount: 0 });
    draft.narrative = {
      ...draft.narrative,
      other: [{ id: 'o', heading: '', paragraphs: ['本年度未收取信息处理费。另有说明。'] }],
    };
    expect((await partSix(draft)).filter((l) => l.includes('信息处理费'))).toHaveLength(1);
  });

  it('leaves out a sub-section heading with no text under it, and keeps one that has text', async () => {
    const draft = filledDraft('2021');
    draft.narrative = {
      ...draft.narrative,
      problems: [
        { id: 'p1', heading: '（一）存在的问题', paragraphs: ['问题。'] },
        { id: 'p2', heading: '（二）改进情况', paragraphs: ['', '  '] },
        { id: 'p3', heading: '（三）下一步工作', paragraphs: [] },
        { id: 'p4', heading: '1.具体措施', paragraphs: ['措施。'] },
      ],
    };
    const lines = await outline(draft);
    const five = lines.slice(
      lines.indexOf('Heading1: 五、存在的主要问题及改进情况') + 1,
      lines.indexOf('Heading1: 六、其他需要报告的事项'),
    );
    // （三） has no text of its own, but its 1. sub-section has: it heads that text and stays.
    expect(five).toEqual([
      'Heading2: （一）存在的问题',
      'body: 问题。',
      'Heading2: （三）下一步工作',
      'Heading3: 1.具体措施',
      'body: 措施。',
    ]);
  });

  it('prints no fee sentence in a 2019-format report', async () => {
    expect((await partSix(loadDraftFixture('2020-quanzhou.json'))).join()).not.toContain('信息处理费');
  });

  it('gives the same bytes for the same draft, whatever the time of export', async () => {
    const draft = filledDraft('2021');
    const first = await buildReportDocx(draft);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-07-01T12:34:56Z'));
      expect(await buildReportDocx(structuredClone(draft))).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each(['2019', '2021'] as const)(
    'fills the cached %s table skeletons to exactly what docx writes directly',
    (format) => {
      const draft = format === '2019' ? loadDraftFixture('2020-quanzhou.json') : filledDraft('2021');
      const values = draftCellValues(draft);
      const tables = tablesOf(getFormat(format));
      const direct = compileParts(
        new Document({
          styles: STYLES,
          sections: [{ children: tables.map((t) => reportTable(t, (cell) => cellText(cell, values, draft.units))) }],
        }),
      ).get('word/document.xml') as string;
      const written = tables.map((t) => tableXml(format, t.id, values, draft.units)).join('');
      expect(written).toBe(direct.slice(direct.indexOf('<w:tbl>'), direct.lastIndexOf('</w:tbl>') + '</w:tbl>'.length));
    },
  );
});

/** The same paragraph through docx's object model: a TextRun per line, breaks and tabs as docx elements. */
function docxParagraph(style: string | null, text: string): Paragraph {
  const runs = xmlSafeText(text)
    .split('\n')
    .map((line, i) => {
      const children: (string | Tab)[] = [];
      line.split('\t').forEach((piece, k) => {
        if (k > 0) children.push(new Tab());
        if (piece) children.push(piece);
      });
      return new TextRun({ children, ...(i > 0 ? { break: 1 } : {}) });
    });
  return new Paragraph({ ...(style ? { style } : {}), children: text === '' ? [] : runs });
}

const bodyOf = (paragraphs: Paragraph[]) => {
  const xml = compileParts(new Document({ sections: [{ children: paragraphs }] })).get('word/document.xml') as string;
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
};

describe('paragraph XML', () => {
  it('is exactly what docx writes for the same paragraph, for any text and style', () => {
    const styles = fc.constantFrom<string | null>(null, STYLE.title, STYLE.heading1, STYLE.heading2, STYLE.heading3);
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('\n', '\t', '\r', '&', '<', '>', '"', '\u0001', '\uFFFE', '\uD800', '😀', ' '),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(styles, text), { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const ours = paragraphs.map(([style, t]) => paragraphXml(style, t)).join('');
        expect(ours).toBe(bodyOf(paragraphs.map(([style, t]) => docxParagraph(style, t))));
      }),
      { numRuns: 60 },
    );
  });
});
