import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../shared/docx';
import { buildReportHtml } from '../../../shared/html';
import { createDraft, draftOpening, draftTitle } from '../../../shared/model';
import type { Draft, Section } from '../../../shared/model';
import { cellIndex } from '../../../shared/templates';
import type { CellDef, FormatId } from '../../../shared/templates';
import { importAs, NOW } from './helpers';

const SENTENCE_WORDS = ['政务公开', '信息发布', '依申请公开', '平台建设', '监督保障', '数据解读', '回应关切', '专栏'];
const sentence = fc
  .array(fc.constantFrom(...SENTENCE_WORDS), { minLength: 2, maxLength: 8 })
  .chain((words) => fc.nat({ max: 9999 }).map((n) => `全年${words.join('、')}共${n}条，进一步提升了工作水平。`));

const ORDINALS = ['一', '二', '三', '四', '五', '六'];
const sections = (part: string) =>
  fc
    .array(fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.boolean()), { minLength: 1, maxLength: 4 })
    .map((list) =>
      list.map(([paragraphs, runIn], i): Section => ({
        id: `${part}-${i + 1}`,
        // A heading ending in 。 is printed run in (（一）主动公开情况。主要通过…) and must come back the same.
        heading: `（${ORDINALS[i]}）${SENTENCE_WORDS[i]}情况${runIn ? '。' : ''}`,
        paragraphs,
      })),
    );

function valueOf(cell: CellDef) {
  const blank = fc.constant(null);
  if (cell.kind === 'money')
    return fc.oneof(
      blank,
      fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 100),
    );
  if (cell.kind === 'signedCount') return fc.oneof(blank, fc.integer({ min: -500, max: 500 }));
  return fc.oneof(blank, fc.integer({ min: 0, max: 100_000 }));
}

function draftArb(format: FormatId) {
  const entered = cellIndex(format).entered;
  return fc
    .record({
      year: format === '2019' ? fc.integer({ min: 2019, max: 2022 }) : fc.integer({ min: 2021, max: 2030 }),
      agency: fc.constantFrom('泉州市统计局', '某某县人民政府', '沭阳县发展和改革局'),
      values: fc.tuple(...entered.map(valueOf)),
      overview: sections('overview'),
      problems: sections('problems'),
      other: sections('other'),
      unit: fc.constantFrom('元' as const, '万元' as const),
      fees: fc.option(fc.tuple(fc.nat({ max: 50 }), fc.nat({ max: 9999 }), fc.nat({ max: 9999 }))),
      signatureDate: fc.option(
        fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true }),
      ),
    })
    .map((r): Draft => {
      const draft = createDraft({ id: 'source', year: r.year, format, agency: { name: r.agency }, now: NOW });
      entered.forEach((cell, i) => {
        const v = r.values[i];
        if (v === null || v === undefined) return;
        draft.values[cell.address] = v;
        if (cell.unitChoice) draft.units[cell.address] = r.unit;
      });
      draft.narrative = { overview: r.overview, problems: r.problems, other: r.other };
      draft.signature = { agency: null, date: r.signatureDate ? r.signatureDate.toISOString().slice(0, 10) : null };
      if (draft.processingFees && r.fees) {
        const [noticeCount, noticeAmount, collectedAmount] = r.fees;
        draft.processingFees = { ...draft.processingFees, noticeCount, noticeAmount, collectedAmount };
      }
      return draft;
    });
}

const MEDIA = {
  docx: async (draft: Draft) => importAs('export.docx', await buildReportDocx(draft)),
  html: async (draft: Draft) => importAs('export.html', buildReportHtml(draft)),
} as const;

async function roundTrip(source: Draft, medium: keyof typeof MEDIA) {
  const outcome = await MEDIA[medium](source);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

describe('export → import round trip', () => {
  for (const [format, medium] of [
    ['2019', 'docx'],
    ['2021', 'docx'],
    ['2019', 'html'],
    ['2021', 'html'],
  ] as const) {
    it(`random filled ${format} drafts exported as .${medium} come back with identical cells and narrative text`, async () => {
      await fc.assert(
        fc.asyncProperty(draftArb(format), async (source) => {
          const { draft, coverage } = await roundTrip(source, medium);
          expect(draft.format).toBe(format);
          expect(draft.year).toBe(source.year);
          expect(draft.agency.name).toBe(source.agency.name);
          expect(draftTitle(draft)).toBe(draftTitle(source));
          expect(draftOpening(draft)).toBe(draftOpening(source));
          expect(draft.values).toEqual(source.values);
          expect(draft.units).toEqual(source.units);
          expect(draft.narrative).toEqual(source.narrative);
          expect(draft.signature).toEqual(source.signature);
          expect(coverage.missing).toEqual([]);
          if (source.processingFees?.noticeCount != null) {
            expect(draft.processingFees).toEqual(source.processingFees);
          }
        }),
        { numRuns: 12 },
      );
    });
  }
});
