/**
 * The export assembles word/document.xml from pieces docx wrote once (skeleton.ts, tableTemplate.ts) and relies on
 * docx's unexported compiler (package.ts). These tests pin what could go wrong with that: user text that looks like
 * a placeholder or like the skeleton's slot, String.replace patterns, very long text, and docx moving its internals.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../shared/docx';
import { compileParts } from '../../../shared/docx/package';
import type { Draft } from '../../../shared/model';
import { filledDraft, repoRoot } from '../../helpers/drafts';
import { all, child, docxPart, parseXmlStrict, tablesIn, textOf, wAttr } from './ooxml';

/** Every user string of the draft set to `text` (the agency name, title, opening, headings and paragraphs). */
function everywhere(base: Draft, text: string): Draft {
  const section = (id: string) => ({ id, heading: text, paragraphs: [text, `${text}\n${text}`] });
  return {
    ...base,
    title: text,
    opening: text,
    agency: { ...base.agency, name: text },
    narrative: { overview: [section('o')], problems: [section('p')], other: [section('x')] },
    processingFees: base.processingFees && { ...base.processingFees, sentence: text },
  };
}

async function exported(draft: Draft) {
  const doc = docxPart(await buildReportDocx(draft), 'word/document.xml');
  return { paragraphs: all(doc, 'p').map(textOf), tables: tablesIn(doc) };
}

/** Placeholders are U+E000 n U+E001 (tableTemplate.ts); the slot is the skeleton's empty styled paragraph. */
const LOOKALIKES = [
  '\uE0000\uE001',
  '\uE00012\uE001\uE000',
  '<w:p><w:pPr><w:pStyle w:val="ReportBodySlot"/></w:pPr></w:p>',
  'ReportBodySlot',
  '<w:tbl></w:tbl></w:tbl>',
  '<w:r><w:t xml:space="preserve">',
];

/** What String.prototype.replace reads in a replacement string. */
const REPLACE_PATTERNS = ['$&', '$1', '$`', "$'", '$$', '$<name>', '$0$9$99'];

describe('assembling the document from cached pieces', () => {
  for (const format of ['2021', '2019'] as const) {
    const plain = filledDraft(format);

    it(`${format}: text that looks like a table placeholder or the body slot prints as typed; tables are untouched`, async () => {
      const reference = await exported(plain);
      for (const text of LOOKALIKES) {
        const { paragraphs, tables } = await exported(everywhere(plain, text));
        expect(tables).toEqual(reference.tables);
        expect(paragraphs.filter((p) => p === text).length).toBeGreaterThanOrEqual(7);
        expect(paragraphs).toContain(`${text}\n${text}`);
      }
    });

    it(`${format}: String.replace patterns ($&, $1, $\`, $', $$) in user text print literally`, async () => {
      const reference = await exported(plain);
      const text = `前${REPLACE_PATTERNS.join('中')}后`;
      const draft = everywhere(plain, text);
      const bytes = await buildReportDocx(draft);
      const { paragraphs, tables } = await exported(draft);
      expect(tables).toEqual(reference.tables);
      expect(paragraphs[0]).toBe(text);
      expect(paragraphs.filter((p) => p === text).length).toBeGreaterThanOrEqual(7);
      const core = docxPart(bytes, 'docProps/core.xml');
      expect(core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title')[0]!.textContent).toBe(text);
      expect(core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[0]!.textContent).toBe(text);
    });
  }

  it('50 000-character paragraphs in every part, the opening and the title are kept whole', async () => {
    const long = (seed: string) => Array.from({ length: 50_000 }, (_, i) => seed[i % seed.length]).join('');
    const base = filledDraft('2021');
    const texts = {
      title: long('标题$&'),
      opening: long('开头\uE000'),
      a: long('统计局'),
      b: long('$1$`'),
      c: long('😀𠀀'),
    };
    const draft: Draft = {
      ...base,
      title: texts.title,
      opening: texts.opening,
      narrative: {
        overview: [{ id: 'o', heading: '（一）长段落', paragraphs: [texts.a] }],
        problems: [{ id: 'p', heading: '', paragraphs: [texts.b] }],
        other: [{ id: 'x', heading: '', paragraphs: [texts.c] }],
      },
    };
    const { paragraphs, tables } = await exported(draft);
    for (const text of Object.values(texts)) expect(paragraphs).toContain(text);
    expect(tables).toEqual((await exported(base)).tables);
  });

  it('the same draft gives the same bytes however many other drafts were exported in between', async () => {
    const draft = filledDraft('2021');
    const first = await buildReportDocx(draft);
    await buildReportDocx(everywhere(filledDraft('2019'), '$&\uE0000\uE001'));
    expect(await buildReportDocx(draft)).toEqual(first);
  });
});

describe("docx's unexported compiler", () => {
  it('is still where package.ts looks for it, and writes the document part', () => {
    const parts = compileParts(new Document({ sections: [{ children: [] }] }));
    expect(typeof parts.get('word/document.xml')).toBe('string');
    const doc = parseXmlStrict(new TextEncoder().encode(parts.get('word/document.xml') as string));
    expect(all(doc, 'body')).toHaveLength(1);
  });

  it('when docx no longer has it, the export fails with a clear Chinese message instead of a TypeError', () => {
    const holder = Packer as unknown as Record<string, unknown>;
    const descriptor = Object.getOwnPropertyDescriptor(Packer, 'compiler')!;
    expect(descriptor).toBeDefined();
    Object.defineProperty(Packer, 'compiler', { value: undefined, configurable: true, writable: true });
    try {
      expect(holder.compiler).toBeUndefined();
      expect(() => compileParts(new Document({ sections: [{ children: [] }] }))).toThrow(
        'docx 的内部编译器不可用（docx 版本已变化），无法导出',
      );
    } finally {
      Object.defineProperty(Packer, 'compiler', descriptor);
    }
    expect(() => compileParts(new Document({ sections: [{ children: [] }] }))).not.toThrow();
  });

  it('is pinned: package.json names an exact docx version, the one installed', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const installed = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', 'docx', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(pkg.dependencies.docx).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed.version).toBe(pkg.dependencies.docx);
  });

  it('writes the body paragraph style the skeleton splits on only into the skeleton', async () => {
    const doc = docxPart(await buildReportDocx(filledDraft('2021')), 'word/document.xml');
    const styles = all(doc, 'p').map((p) => wAttr(child(p, 'pPr', 'pStyle'), 'val'));
    expect(styles).not.toContain('ReportBodySlot');
  });
});
