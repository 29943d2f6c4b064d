import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { describe, expect, it } from 'vitest';
import { buildReportHtml, reportArticleHtml } from '../../../shared/html';
import type { Draft } from '../../../shared/model';
import { getFormat, tablesOf } from '../../../shared/templates';
import type { FormatId } from '../../../shared/templates';
import { filledDraft, loadDraftFixture } from '../../helpers/drafts';

const parse = (html: string) => parseDocument(html, { decodeEntities: true });
const byTag = (root: ReturnType<typeof parse>, tag: string) => findAll((e) => e.name === tag, root.children);
const span = (e: Element, name: string) => Number(getAttributeValue(e, name) ?? '1');

describe('the web version', () => {
  it('is one UTF-8 page with the title in <head> and in an <h1>', () => {
    const draft = filledDraft('2021');
    const html = buildReportHtml(draft);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    const doc = parse(html);
    expect(textContent(byTag(doc, 'title')[0]!)).toBe('某某市统计局2024年政府信息公开工作年度报告');
    expect(byTag(doc, 'h1').map(textContent)).toEqual(['某某市统计局2024年政府信息公开工作年度报告']);
  });

  it('prints the six parts as <h2> and sub-section headings one level below, by their numbering', () => {
    const draft: Draft = {
      ...filledDraft('2021'),
      narrative: {
        ...filledDraft('2021').narrative,
        problems: [
          { id: 'p1', heading: '（一）存在的问题', paragraphs: ['问题。'] },
          { id: 'p2', heading: '1.具体问题', paragraphs: ['具体。'] },
        ],
      },
    };
    const doc = parse(buildReportHtml(draft));
    expect(byTag(doc, 'h2').map(textContent)).toEqual(getFormat('2021').parts.map((p) => p.heading));
    expect(byTag(doc, 'h3').map(textContent)).toContain('（一）存在的问题');
    expect(byTag(doc, 'h4').map(textContent)).toEqual(['1.具体问题']);
  });

  it('leaves out a sub-section heading with no text under it, as the .docx does, and keeps one with text', () => {
    const draft: Draft = {
      ...filledDraft('2021'),
      narrative: {
        ...filledDraft('2021').narrative,
        problems: [
          { id: 'p1', heading: '（一）存在的问题', paragraphs: ['问题。'] },
          { id: 'p2', heading: '（二）改进情况', paragraphs: [' '] },
          { id: 'p3', heading: '1.具体措施', paragraphs: [] },
        ],
      },
    };
    const doc = parse(buildReportHtml(draft));
    expect(byTag(doc, 'h3').map(textContent)).toContain('（一）存在的问题');
    expect(byTag(doc, 'h3').map(textContent)).not.toContain('（二）改进情况');
    expect(byTag(doc, 'h4')).toEqual([]);
  });

  for (const format of ['2019', '2021'] as const satisfies readonly FormatId[]) {
    it(`writes the ${format} tables with the layout's rowspan, colspan and labels, row for row`, () => {
      const doc = parse(buildReportHtml(filledDraft(format)));
      const tables = byTag(doc, 'table');
      const defs = tablesOf(getFormat(format));
      expect(tables).toHaveLength(defs.length);
      defs.forEach((def, t) => {
        const rows = findAll((e) => e.name === 'tr', [tables[t]!]);
        expect(rows).toHaveLength(def.rows.length);
        def.rows.forEach((row, r) => {
          const cells = findAll((e) => e.name === 'td' || e.name === 'th', [rows[r]!]);
          expect(cells).toHaveLength(row.cells.length);
          row.cells.forEach((cell, c) => {
            const html = cells[c]!;
            expect(span(html, 'colspan'), `${def.id} row ${r} cell ${c}`).toBe(cell.colSpan ?? 1);
            if (cell.type === 'label') {
              expect(textContent(html)).toBe(cell.text);
              expect(span(html, 'rowspan')).toBe(cell.rowSpan ?? 1);
              expect(html.name).toBe(row.header ? 'th' : 'td');
            }
          });
        });
        expect(findAll((e) => e.name === 'thead', [tables[t]!]).length).toBe(def.rows[0]!.header ? 1 : 0);
      });
    });
  }

  it('carries no Word styles or classes, only semantic elements and a few inline styles', () => {
    const html = buildReportHtml(loadDraftFixture('2020-quanzhou.json'));
    expect(html).not.toMatch(/mso-|MsoNormal|<o:p|urn:schemas-microsoft|<font|<span/i);
    const doc = parse(html);
    const tags = new Set(findAll(() => true, doc.children).map((e) => e.name));
    expect([...tags].sort()).toEqual(
      [
        'article',
        'body',
        'br',
        'h1',
        'h2',
        'h3',
        'head',
        'html',
        'meta',
        'p',
        'style',
        'table',
        'tbody',
        'td',
        'th',
        'thead',
        'title',
        'tr',
      ].sort(),
    );
  });

  it('escapes every user text: markup typed into a paragraph, title or agency stays text', () => {
    const base = filledDraft('2019');
    const hostile = '<script>alert("x")</script> & <img src=x onerror=1> \'quoted\'';
    const draft: Draft = {
      ...base,
      title: `${hostile}年度报告`,
      agency: { ...base.agency, name: '<b>局</b>' },
      narrative: {
        ...base.narrative,
        problems: [{ id: 'p', heading: hostile, paragraphs: [`${hostile}\n第二行\u0007`] }],
      },
    };
    const html = buildReportHtml(draft);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('\u0007');
    const doc = parse(html);
    expect(textContent(byTag(doc, 'h1')[0]!)).toBe(`${hostile}年度报告`);
    expect(textContent(byTag(doc, 'title')[0]!)).toBe(`${hostile}年度报告`);
    const paragraph = byTag(doc, 'p').find((p) => textContent(p).startsWith('<script>'))!;
    expect(textContent(paragraph)).toBe(`${hostile}第二行`);
    expect(byTag(doc, 'br').length).toBeGreaterThan(0);
  });

  it('the article alone is the body of the page, for pasting into a CMS', () => {
    const draft = filledDraft('2021');
    expect(buildReportHtml(draft)).toContain(reportArticleHtml(draft));
  });

  it('the same draft always gives the same page', () => {
    const draft = loadDraftFixture('2020-quanzhou.json');
    expect(buildReportHtml(draft)).toBe(buildReportHtml(structuredClone(draft)));
  });
});
