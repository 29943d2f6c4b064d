import { describe, expect, it } from 'vitest';
import { buildReportDocx, DEFAULT_STYLE, mm } from '../../../shared/docx';
import type { ExportStyle } from '../../../shared/docx';
import { filledDraft } from '../../helpers/drafts';
import { all, child, docxPart, wAttr } from './ooxml';

/** A4 landscape-ish variant with other faces: every derived measure must follow it, the defaults must not. */
const WIDE: ExportStyle = {
  ...DEFAULT_STYLE,
  page: { width: 16838, height: 11906, margin: { top: mm(20), bottom: mm(20), left: mm(20), right: mm(20) } },
  linesPerPage: 15,
  fonts: { ...DEFAULT_STYLE.fonts, body: '微软雅黑' },
};

const sectionOf = (bytes: Uint8Array) => all(docxPart(bytes, 'word/document.xml'), 'sectPr')[0]!;

describe('the export style', () => {
  it('is a frozen 公文 default that buildReportDocx uses when none is given', async () => {
    expect(Object.isFrozen(DEFAULT_STYLE) && Object.isFrozen(DEFAULT_STYLE.page.margin)).toBe(true);
    expect(DEFAULT_STYLE.page).toEqual({
      width: 11906,
      height: 16838,
      margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
    });
    const draft = filledDraft('2021');
    expect(await buildReportDocx(draft, DEFAULT_STYLE)).toEqual(await buildReportDocx(draft));
  });

  it('drives page, line grid, faces and table width, without leaking into the default style’s cached parts', async () => {
    const draft = filledDraft('2021');
    const before = await buildReportDocx(draft);
    const wide = await buildReportDocx(draft, WIDE);
    const section = sectionOf(wide);
    expect(wAttr(child(section, 'pgSz'), 'w')).toBe('16838');
    expect(wAttr(child(section, 'pgMar'), 'left')).toBe(String(mm(20)));
    expect(wAttr(child(section, 'docGrid'), 'linePitch')).toBe(String(Math.floor((11906 - 2 * mm(20)) / 15)));
    const tables = all(docxPart(wide, 'word/document.xml'), 'tblW');
    expect(tables.map((t) => wAttr(t, 'w'))).toEqual(tables.map(() => String(16838 - 2 * mm(20))));
    expect(docxPart(wide, 'word/styles.xml').toString()).toContain('w:eastAsia="微软雅黑"');
    expect(docxPart(wide, 'word/fontTable.xml').toString()).toContain('w:name="微软雅黑"');
    expect(docxPart(before, 'word/styles.xml').toString()).not.toContain('微软雅黑');
    // The default's skeleton and table templates are cached apart: the same draft still gives the same bytes.
    expect(await buildReportDocx(draft)).toEqual(before);
    expect(wAttr(child(sectionOf(before), 'pgSz'), 'w')).toBe('11906');
  });
});
