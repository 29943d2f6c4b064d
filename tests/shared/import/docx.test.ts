import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellIndex, getFormat } from '../../../shared/templates';
import { DOCX_LIMITS } from '../../../shared/import';
import { bytesOf, importAs as run, officialTemplate2021 } from './helpers';

describe('.docx reading', () => {
  it('reads the official 2021 template: format from its labels, every cell found and blank', () => {
    const outcome = run('template.docx', bytesOf(officialTemplate2021));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.format).toBe('2021');
    expect(outcome.draft.values).toEqual({});
    const entered = cellIndex('2021').entered.map((c) => c.address);
    expect(outcome.coverage.missing).toEqual([]);
    expect([...outcome.coverage.found].sort()).toEqual([...entered].sort());
    expect(outcome.coverage.blank.length).toBe(entered.length);
  });

  it('reads paragraphs and tables with gridSpan and vMerge from a Word file built with the docx library', async () => {
    const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) =>
      new TableCell({ children: [new Paragraph(text)], ...opts });
    const litigation = getFormat('2021').tables.litigation;
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun('某某县统计局2022年政府信息公开工作年度报告')],
            }),
            new Paragraph('一、总体情况'),
            new Paragraph('（一）主动公开'),
            new Paragraph('全年主动公开信息120条。'),
            new Paragraph('四、政府信息公开行政复议、行政诉讼情况'),
            new Table({
              rows: [
                new TableRow({ children: [cell('行政复议', { columnSpan: 5 }), cell('行政诉讼', { columnSpan: 10 })] }),
                new TableRow({
                  children: [
                    ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => cell(t, { rowSpan: 2 })),
                    cell('未经复议直接起诉', { columnSpan: 5 }),
                    cell('复议后起诉', { columnSpan: 5 }),
                  ],
                }),
                new TableRow({
                  children: [...Array(2)].flatMap(() =>
                    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => cell(t)),
                  ),
                }),
                new TableRow({ children: litigation.cells.map((_, i) => cell(String(i % 5 === 4 ? 6 : i % 5))) }),
              ],
            }),
            new Paragraph('五、存在的主要问题及改进情况'),
            new Paragraph('问题一。'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const outcome = run('report.docx', bytes);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.agency.name).toBe('某某县统计局');
    expect(outcome.draft.year).toBe(2022);
    expect(outcome.draft.values['litigation.cases.reviewCorrected']).toBe(1);
    expect(outcome.draft.values['litigation.cases.afterReviewPending']).toBe(3);
    expect(outcome.draft.narrative.overview).toEqual([
      { id: 'overview-1', heading: '（一）主动公开', paragraphs: ['全年主动公开信息120条。'] },
    ]);
    expect(outcome.coverage.doubts.filter((d) => d.includes('合计'))).toEqual([]);
    // vMerge is exercised too: VerticalMergeType is what the docx library writes for rowSpan.
    expect(VerticalMergeType.CONTINUE).toBe('continue');
  });
});

describe('.docx zip-bomb limits', () => {
  it('refuses an entry whose compression ratio is beyond the limit', () => {
    const xml = new Uint8Array(8 * 1024 * 1024).fill(0x20);
    const bytes = zipSync({ 'word/document.xml': xml, '[Content_Types].xml': new Uint8Array(10) });
    const outcome = run('bomb.docx', bytes);
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining('压缩比异常') });
  });

  it('refuses an archive with too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= DOCX_LIMITS.maxEntries; i++) files[`f${i}.xml`] = new Uint8Array([65]);
    const outcome = run('many.docx', zipSync(files, { level: 0 }));
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining('压缩包内文件超过') });
  });

  it('refuses a zip without word/document.xml and a .docx that is not a zip', () => {
    const notWord = run('a.docx', zipSync({ 'hello.txt': new Uint8Array([65, 66]) }));
    expect(notWord).toEqual({ ok: false, reason: '该文件不是 Word 文档：压缩包里没有 word/document.xml' });
    const notZip = run('a.docx', new TextEncoder().encode('一、总体情况'));
    expect(notZip).toEqual({ ok: false, reason: '该文件的扩展名是 .docx，但内容不是 Word 文档' });
  });
});
