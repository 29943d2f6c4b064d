import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportDocx, xmlSafeText } from '../../../shared/docx';
import { createDraft, parseDraft } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { cellIndex } from '../../../shared/templates';
import type { FormatId } from '../../../shared/templates';
import { all, docxPart, textOf, unzipDocx } from './ooxml';

/** What users paste: controls, noncharacters, lone surrogates, astral characters, markup, separators. */
const HOSTILE = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  '\u007F',
  '\u0085',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u2028',
  '\u2029',
  '\u3000',
  '😀',
  '👨‍👩‍👧',
  '𠀀',
  '龘',
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '{x}',
  '&amp;',
  '<w:p>',
];

const hostileText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.constantFrom('统', '计', '局', '年', '报', '1', 'a', ' '),
    ),
    maxLength,
  });

const section = fc.record({
  id: fc.string({ minLength: 1, maxLength: 5 }),
  heading: hostileText(30),
  paragraphs: fc.array(hostileText(200), { maxLength: 4 }),
});

const cellValue = fc.oneof(
  fc.constant(null),
  fc.nat(1_000_000),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }),
);

const moment = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const draftArb = fc
  .record({
    format: fc.constantFrom<FormatId>('2019', '2021'),
    year: fc.integer({ min: 2000, max: 2200 }),
    name: hostileText(40),
    title: fc.option(hostileText(80)),
    opening: fc.option(hostileText(300)),
    overview: fc.array(section, { maxLength: 6 }),
    problems: fc.array(section, { maxLength: 3 }),
    other: fc.array(section, { maxLength: 3 }),
    values: fc.array(cellValue, { minLength: 400, maxLength: 400 }),
    unit: fc.constantFrom('元' as const, '万元' as const),
    fees: fc.record({
      count: cellValue,
      amount: cellValue,
      collected: cellValue,
      sentence: fc.option(hostileText(80)),
    }),
    created: moment,
    updated: moment,
  })
  .map((r): Draft => {
    const base = createDraft({ id: 'prop', year: r.year, format: r.format, agency: { name: r.name }, now: r.created });
    const values: Record<string, number | null> = {};
    cellIndex(r.format).entered.forEach((cell, i) => {
      values[cell.address] = r.values[i] ?? null;
    });
    return {
      ...base,
      title: r.title,
      opening: r.opening,
      narrative: { overview: r.overview, problems: r.problems, other: r.other },
      values,
      units: r.format === '2019' ? { 'active.procurement.amount': r.unit } : {},
      processingFees:
        r.format === '2021'
          ? {
              noticeCount: r.fees.count,
              noticeAmount: r.fees.amount,
              collectedAmount: r.fees.collected,
              sentence: r.fees.sentence,
            }
          : null,
      updatedAt: r.updated,
    };
  });

function expectWellFormed(bytes: Uint8Array) {
  for (const name of Object.keys(unzipDocx(bytes))) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) docxPart(bytes, name);
  }
}

describe('any draft exports to well-formed XML', () => {
  it('holds for random drafts full of hostile text and odd numbers', async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, async (draft) => {
        expect(parseDraft(draft).ok).toBe(true);
        expectWellFormed(await buildReportDocx(draft));
      }),
      { numRuns: 40 },
    );
  });

  it('holds for a 50 000-character paragraph of every hostile character, which keeps all its valid text', async () => {
    const long = Array.from({ length: 50_000 }, (_, i) => HOSTILE[i % HOSTILE.length]!.slice(0, 1) || '统').join('');
    expect(long).toHaveLength(50_000);
    const draft = createDraft({ id: 'long', year: 2024, now: '2025-01-10T08:00:00.000Z' });
    draft.narrative.problems = [{ id: 'p', heading: '', paragraphs: [long] }];
    const bytes = await buildReportDocx(draft);
    expectWellFormed(bytes);
    const paragraphs = all(docxPart(bytes, 'word/document.xml'), 'p');
    const after = paragraphs[paragraphs.findIndex((p) => textOf(p) === '五、存在的主要问题及改进情况') + 1]!;
    expect(textOf(after)).toBe(xmlSafeText(long));
  });
});
