import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../shared/docx';
import { filledDraft } from '../../helpers/drafts';
import { all, child, children, docxPart, textOf, unzipDocx, W, wAttr } from './ooxml';

const mm = (twips: number) => (twips * 25.4) / 1440;

let bytes: Uint8Array;
beforeAll(async () => {
  const draft = filledDraft('2021');
  bytes = await buildReportDocx({
    ...draft,
    narrative: {
      ...draft.narrative,
      problems: [
        { id: 'p1', heading: '（一）存在的问题', paragraphs: ['信息发布的及时性有待提高。'] },
        { id: 'p2', heading: '1.加强培训', paragraphs: ['组织专题培训。'] },
      ],
    },
  });
});

const document = () => docxPart(bytes, 'word/document.xml');
const styles = () => docxPart(bytes, 'word/styles.xml');

function style(id: string): Element {
  const found = all(styles(), 'style').find((s) => s.getAttributeNS(W, 'styleId') === id);
  if (!found) throw new Error(`style ${id} missing`);
  return found;
}

/** A style property, following basedOn and ending at the document defaults, as Word resolves it. */
function resolved(styleId: string, pathNames: string[], attr: string): string | null {
  for (let id: string | null = styleId; id;) {
    const s = style(id);
    const value = wAttr(child(s, ...pathNames), attr);
    if (value !== null) return value;
    id = wAttr(child(s, 'basedOn'), 'val');
  }
  const defaults = child(all(styles(), 'docDefaults')[0]!, pathNames[0] === 'rPr' ? 'rPrDefault' : 'pPrDefault');
  return wAttr(defaults && child(defaults, ...pathNames), attr);
}

const bodyParagraphs = () =>
  all(document(), 'p').filter((p) => !child(p, 'pPr', 'pStyle') && textOf(p).length > 0 && !isInTable(p));
const isInTable = (el: Element) => {
  for (let n = el.parentNode; n; n = n.parentNode) if ((n as Element).localName === 'tbl') return true;
  return false;
};
const paragraphsWithStyle = (id: string) =>
  all(document(), 'p').filter((p) => wAttr(child(p, 'pPr', 'pStyle'), 'val') === id);

describe('page', () => {
  it('is A4 portrait with margins 37/35/28/26 mm (a 156 × 225 mm text block)', () => {
    const sectPr = all(document(), 'sectPr')[0]!;
    expect([wAttr(child(sectPr, 'pgSz'), 'w'), wAttr(child(sectPr, 'pgSz'), 'h')]).toEqual(['11906', '16838']);
    const mar = child(sectPr, 'pgMar')!;
    const margins = ['top', 'bottom', 'left', 'right'].map((side) => mm(Number(wAttr(mar, side))));
    margins.forEach((m, i) => expect(m).toBeCloseTo([37, 35, 28, 26][i]!, 1));
    expect(mm(11906 - Number(wAttr(mar, 'left')) - Number(wAttr(mar, 'right')))).toBeCloseTo(156, 1);
    expect(mm(16838 - Number(wAttr(mar, 'top')) - Number(wAttr(mar, 'bottom')))).toBeCloseTo(225, 1);
  });
});

describe('body text', () => {
  it('is 三号 (16 pt) 仿宋_GB2312 in the East Asian slot with Times New Roman for Latin letters and digits', () => {
    expect(resolved('Normal', ['rPr', 'sz'], 'val')).toBe('32');
    expect(resolved('Normal', ['rPr', 'rFonts'], 'eastAsia')).toBe('仿宋_GB2312');
    expect(resolved('Normal', ['rPr', 'rFonts'], 'ascii')).toBe('Times New Roman');
    expect(resolved('Normal', ['rPr', 'rFonts'], 'hAnsi')).toBe('Times New Roman');
  });

  it('indents the first line by two characters (32 pt) and holds 22 lines a page on exact line spacing', () => {
    expect(resolved('Normal', ['pPr', 'ind'], 'firstLine')).toBe('640');
    expect(resolved('Normal', ['pPr', 'spacing'], 'lineRule')).toBe('exact');
    const line = Number(resolved('Normal', ['pPr', 'spacing'], 'line'));
    const mar = child(all(document(), 'sectPr')[0]!, 'pgMar')!;
    const textHeight = 16838 - Number(wAttr(mar, 'top')) - Number(wAttr(mar, 'bottom'));
    expect(Math.floor(textHeight / line)).toBe(22);
    expect(line / 20).toBeCloseTo(28.9, 0);
  });

  it('holds 28 characters of 三号 a line (GB/T 9704): a line grid of 579 and body text condensed so 28 fit, 29 not', () => {
    const sectPr = all(document(), 'sectPr')[0]!;
    const grid = child(sectPr, 'docGrid')!;
    expect([wAttr(grid, 'type'), wAttr(grid, 'linePitch')]).toEqual(['lines', '579']);
    const mar = child(sectPr, 'pgMar')!;
    const width = 11906 - Number(wAttr(mar, 'left')) - Number(wAttr(mar, 'right'));
    const pitch = 320 + Number(resolved('Normal', ['rPr', 'spacing'], 'val'));
    expect(28 * pitch).toBeLessThanOrEqual(width);
    expect(29 * pitch).toBeGreaterThan(width);
    // Headings and the title are based on Normal and condensed alike; tables and page numbers keep their spacing.
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3'])
      expect(resolved(id, ['rPr', 'spacing'], 'val')).toBe(String(pitch - 320));
    for (const id of ['TableText', 'PageNumber']) expect(resolved(id, ['rPr', 'spacing'], 'val')).toBeNull();
  });

  it('writes overflowPunct on the body style, so LibreOffice (which reads it inverted) never hangs a line-final 。', () => {
    const normal = child(style('Normal'), 'pPr', 'overflowPunct');
    expect(normal).toBeDefined();
    expect(wAttr(normal!, 'val') ?? 'true').toMatch(/^(1|true|on)$/);
  });

  it('writes the opening and the narrative as body paragraphs with no formatting of their own', () => {
    const texts = bodyParagraphs().map(textOf);
    expect(texts[0]).toMatch(/^本报告根据《中华人民共和国政府信息公开条例》/);
    expect(texts).toContain('信息发布的及时性有待提高。');
    for (const p of bodyParagraphs()) expect(child(p, 'pPr', 'ind')).toBeUndefined();
  });
});

describe('title and headings', () => {
  it('sets the title in 方正小标宋简体 二号 (22 pt), centred, followed by one blank line', () => {
    expect(resolved('Title', ['rPr', 'rFonts'], 'eastAsia')).toBe('方正小标宋简体');
    expect(resolved('Title', ['rPr', 'sz'], 'val')).toBe('44');
    expect(resolved('Title', ['pPr', 'jc'], 'val')).toBe('center');
    expect(resolved('Title', ['pPr', 'ind'], 'firstLine')).toBe('0');
    const [title, blank] = paragraphsWithStyle('Title');
    // On two lines (see 'title break' below); the text is the title.
    expect(textOf(title!).replace(/\n/g, '')).toBe('某某市统计局2024年政府信息公开工作年度报告');
    expect(textOf(blank!)).toBe('');
  });

  it('sets 一、 headings in 黑体, （一） in 楷体_GB2312 and 1. in bold 仿宋_GB2312, all 三号 and indented two characters', () => {
    expect(resolved('Heading1', ['rPr', 'rFonts'], 'eastAsia')).toBe('黑体');
    expect(resolved('Heading2', ['rPr', 'rFonts'], 'eastAsia')).toBe('楷体_GB2312');
    expect(resolved('Heading3', ['rPr', 'rFonts'], 'eastAsia')).toBe('仿宋_GB2312');
    // A bare <w:b/> switches bold on; <w:b w:val="false"/> would be present yet switch it off.
    expect(child(style('Heading3'), 'rPr', 'b')).toBeDefined();
    expect(wAttr(child(style('Heading3'), 'rPr', 'b'), 'val')).toBeNull();
    expect(wAttr(child(style('Heading1'), 'rPr', 'b'), 'val')).toBe('false');
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      expect(resolved(id, ['rPr', 'sz'], 'val')).toBe('32');
      expect(resolved(id, ['pPr', 'ind'], 'firstLine')).toBe('640');
      expect(child(style(id), 'pPr', 'keepNext')).toBeDefined();
      expect(wAttr(child(style(id), 'pPr', 'keepNext'), 'val')).toBeNull();
    }
    expect(paragraphsWithStyle('Heading1').map(textOf)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(paragraphsWithStyle('Heading2').map(textOf)).toContain('（一）存在的问题');
    expect(paragraphsWithStyle('Heading3').map(textOf)).toEqual(['1.加强培训']);
  });

  it('lists every 公文 face in the font table with its fallback (仿宋_GB2312 → 仿宋 → FangSong …)', () => {
    const fonts = new Map(
      all(docxPart(bytes, 'word/fontTable.xml'), 'font').map((f) => [
        f.getAttributeNS(W, 'name'),
        wAttr(child(f, 'altName'), 'val'),
      ]),
    );
    const chain = (face: string) => {
      const names = [face];
      while (fonts.get(names.at(-1)!)) names.push(fonts.get(names.at(-1)!)!);
      return names;
    };
    expect(chain('仿宋_GB2312')).toEqual(['仿宋_GB2312', '仿宋', 'FangSong']);
    expect(chain('方正小标宋简体')).toEqual(['方正小标宋简体', '华文中宋', '宋体', 'SimSun']);
    expect(chain('楷体_GB2312')).toEqual(['楷体_GB2312', '楷体', 'KaiTi']);
    expect(chain('黑体')).toEqual(['黑体', 'SimHei']);
  });
});

describe('title break', () => {
  const titleParagraph = async (draft: Parameters<typeof buildReportDocx>[0]) => {
    const doc = docxPart(await buildReportDocx(draft), 'word/document.xml');
    return all(doc, 'p').find((p) => wAttr(child(p, 'pPr', 'pStyle'), 'val') === 'Title')!;
  };
  /** The title's text per printed line: runs split at each <w:br/>. */
  const lines = (p: Element) => {
    const out = [''];
    for (const el of all(p, 'r').flatMap((r) => Array.from(r.childNodes) as Element[])) {
      if (el.localName === 'br') out.push('');
      else if (el.localName === 't') out[out.length - 1] += el.textContent ?? '';
    }
    return out;
  };

  it('breaks a title too long for one line after the agency name, with a line break in the one title paragraph', async () => {
    const draft = filledDraft('2021');
    const title = await titleParagraph({ ...draft, agency: { ...draft.agency, name: '泉州市统计局' } });
    expect(lines(title)).toEqual(['泉州市统计局', '2024年政府信息公开工作年度报告']);
  });

  it('sets a title that fits on one line without a break', async () => {
    const draft = filledDraft('2021');
    const title = await titleParagraph({ ...draft, agency: { ...draft.agency, name: '某局' } });
    expect(lines(title)).toEqual(['某局2024年政府信息公开工作年度报告']);
  });

  it('breaks where the user typed the line break', async () => {
    const draft = { ...filledDraft('2021'), title: '某某市统计局2024年\n政府信息公开工作年度报告' };
    expect(lines(await titleParagraph(draft))).toEqual(['某某市统计局2024年', '政府信息公开工作年度报告']);
  });
});

describe('signature (落款, GB/T 9704 §7.3.5.2)', () => {
  const signatureParagraphs = async (draft: Parameters<typeof buildReportDocx>[0]) => {
    const doc = docxPart(await buildReportDocx(draft), 'word/document.xml');
    return all(doc, 'p').filter((p) => wAttr(child(p, 'pPr', 'pStyle'), 'val') === 'Signature');
  };
  const indent = (p: Element) => Number(wAttr(child(p, 'pPr', 'ind'), 'right'));

  it('ends the report with a blank line, the agency and the date, right-aligned, the date two characters in', async () => {
    const draft = { ...filledDraft('2021'), signature: { agency: null, date: '2025-01-20' } };
    const [blank, agency, date] = await signatureParagraphs(draft);
    expect([textOf(blank!), textOf(agency!), textOf(date!)]).toEqual(['', '某某市统计局', '2025年1月20日']);
    expect(resolved('Signature', ['pPr', 'jc'], 'val')).toBe('right');
    expect(resolved('Signature', ['pPr', 'ind'], 'firstLine')).toBe('0');
    const char = 315;
    // The date (7.75 characters: 6.5 and a quarter between each digit run and 年月日) is longer than the name (6):
    // the date sits two characters from the edge and the name starts two characters left of it.
    expect(indent(date!)).toBe(2 * char);
    expect(indent(agency!) / char).toBeCloseTo(4 + 7.75 - 6, 1);
    // Nothing follows the signature in the body.
    const doc = docxPart(await buildReportDocx(draft), 'word/document.xml');
    const last = all(doc, 'p')
      .filter((p) => !isInTable(p))
      .at(-1)!;
    expect(textOf(last)).toBe('2025年1月20日');
  });

  it('indents the name two characters and starts the date two characters right of it when the name is longer', async () => {
    const base = filledDraft('2021');
    const draft = { ...base, signature: { agency: '某某市人民政府办公室', date: '2025-01-20' } };
    const [, agency, date] = await signatureParagraphs(draft);
    expect(textOf(agency!)).toBe('某某市人民政府办公室');
    expect(indent(agency!)).toBe(2 * 315);
    expect(indent(date!) / 315).toBeCloseTo(10 - 7.75, 1);
  });

  it('keeps the last paragraph of the text with the signature, so the signature never stands alone on a page', async () => {
    const draft = { ...filledDraft('2021'), signature: { agency: null, date: '2025-01-20' } };
    const doc = docxPart(await buildReportDocx(draft), 'word/document.xml');
    const paragraphs = all(doc, 'p').filter((p) => !isInTable(p));
    const first = paragraphs.findIndex((p) => wAttr(child(p, 'pPr', 'pStyle'), 'val') === 'Signature');
    expect(child(paragraphs[first - 1]!, 'pPr', 'keepNext')).toBeDefined();
    expect(paragraphs.slice(first, -1).every((p) => child(p, 'pPr', 'keepNext') !== undefined)).toBe(true);
  });

  it('prints the name alone while the date is not chosen, and nothing when both are empty', async () => {
    const noDate = await signatureParagraphs(filledDraft('2021'));
    expect(noDate.map(textOf)).toEqual(['', '某某市统计局']);
    const base = filledDraft('2021');
    const none = await signatureParagraphs({ ...base, signature: { agency: '', date: null } });
    expect(none).toEqual([]);
  });
});

describe('tables', () => {
  it('span the text width in 宋体 五号 or smaller, single 0.5 pt borders, cells centred vertically', () => {
    expect(resolved('TableText', ['rPr', 'rFonts'], 'eastAsia')).toBe('宋体');
    expect(Number(resolved('TableText', ['rPr', 'sz'], 'val'))).toBeLessThanOrEqual(21);
    expect(resolved('TableText', ['pPr', 'ind'], 'firstLine')).toBe('0');
    for (const tbl of all(document(), 'tbl')) {
      const tblPr = child(tbl, 'tblPr')!;
      expect(wAttr(child(tblPr, 'tblW'), 'w')).toBe(String(11906 - 1587 - 1474));
      expect(wAttr(child(tblPr, 'tblLayout'), 'type')).toBe('fixed');
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
        const border = child(tblPr, 'tblBorders', side);
        expect([wAttr(border, 'val'), wAttr(border, 'sz')]).toEqual(['single', '4']);
      }
      for (const tc of all(tbl, 'tc')) expect(wAttr(child(tc, 'tcPr', 'vAlign'), 'val')).toBe('center');
      for (const p of all(tbl, 'p')) expect(wAttr(child(p, 'pPr', 'pStyle'), 'val')).toBe('TableText');
    }
  });
});

describe('page numbers', () => {
  const footers = () => {
    const rels = docxPart(bytes, 'word/_rels/document.xml.rels');
    const targets = new Map(
      Array.from(rels.getElementsByTagName('Relationship')).map((r) => [
        r.getAttribute('Id'),
        r.getAttribute('Target'),
      ]),
    );
    const refs = children(all(document(), 'sectPr')[0]!, 'footerReference');
    return new Map(
      refs.map((r) => [
        wAttr(r, 'type'),
        docxPart(
          bytes,
          `word/${targets.get(r.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id'))}`,
        ),
      ]),
    );
  };

  it('prints "— n —" with a PAGE field, odd pages right and even pages left, each inset one character', () => {
    const byType = footers();
    expect([...byType.keys()].sort()).toEqual(['default', 'even']);
    expect(all(docxPart(bytes, 'word/settings.xml'), 'evenAndOddHeaders')).toHaveLength(1);
    const expected = { default: ['right', 'right'], even: ['left', 'left'] } as const;
    for (const [type, [jc, side]] of Object.entries(expected)) {
      const p = all(byType.get(type)!, 'p')[0]!;
      expect(all(p, 'instrText').map((i) => i.textContent?.trim())).toEqual(['PAGE']);
      expect(textOf(p)).toBe('—  —');
      expect(wAttr(child(p, 'pPr', 'jc'), 'val')).toBe(jc);
      expect(wAttr(child(p, 'pPr', 'ind'), side)).toBe('280');
    }
    expect(resolved('PageNumber', ['rPr', 'sz'], 'val')).toBe('28');
    expect(resolved('PageNumber', ['rPr', 'rFonts'], 'ascii')).toBe('宋体');
  });
});

describe('document properties', () => {
  it('names the report title and the agency as author', () => {
    const core = docxPart(bytes, 'docProps/core.xml');
    const text = (ns: string, name: string) => core.getElementsByTagNameNS(ns, name)[0]?.textContent;
    expect(text('http://purl.org/dc/elements/1.1/', 'title')).toBe('某某市统计局2024年政府信息公开工作年度报告');
    expect(text('http://purl.org/dc/elements/1.1/', 'creator')).toBe('某某市统计局');
  });

  it('parses every XML part of the package strictly', () => {
    for (const [name, data] of Object.entries(unzipDocx(bytes))) {
      if (name.endsWith('.xml') || name.endsWith('.rels')) expect(docxPart(bytes, name).documentElement).not.toBeNull();
      else expect(data.length).toBeGreaterThan(0);
    }
  });
});
