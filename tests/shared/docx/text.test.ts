import { describe, expect, it } from 'vitest';
import { buildReportDocx, xmlSafeText } from '../../../shared/docx';
import type { Draft } from '../../../shared/model';
import { filledDraft } from '../../helpers/drafts';
import { all, child, docxPart, textOf, wAttr } from './ooxml';

const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c));

describe('xmlSafeText', () => {
  it('drops every C0 control character except tab and newline', () => {
    expect(xmlSafeText(`a${CONTROLS.join('')}b\tc\nd`)).toBe('ab\tc\nd');
  });

  it('drops DEL and the C1 controls, which print nothing', () => {
    expect(xmlSafeText('a\u007Fb\u0080c\u009Fd')).toBe('abcd');
  });

  it('drops U+FFFE and U+FFFF, which docx would write raw', () => {
    expect(xmlSafeText('x\uFFFEy\uFFFFz')).toBe('xyz');
  });

  it('replaces a lone high or low surrogate with U+FFFD and keeps proper pairs', () => {
    expect(xmlSafeText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(xmlSafeText('\uDC00\uD800')).toBe('\uFFFD\uFFFD');
    expect(xmlSafeText('😀𠀀')).toBe('😀𠀀');
  });

  it('turns CR LF, a lone CR, NEL and the Unicode line and paragraph separators into one newline each', () => {
    expect(xmlSafeText('a\r\nb\rc\u2028d\u2029e\u0085f')).toBe('a\nb\nc\nd\ne\nf');
  });
});

function withText(text: string): Draft {
  const draft = filledDraft('2021');
  return { ...draft, narrative: { ...draft.narrative, problems: [{ id: 'p', heading: '', paragraphs: [text] }] } };
}

async function paragraphAfter(draft: Draft, heading: string) {
  const paragraphs = all(docxPart(await buildReportDocx(draft), 'word/document.xml'), 'p');
  return paragraphs[paragraphs.findIndex((p) => textOf(p) === heading) + 1]!;
}

describe('user text in the export', () => {
  it('keeps a line break inside a paragraph as <w:br/>, not a raw newline', async () => {
    const p = await paragraphAfter(withText('第一行\r\n第二行\n第三行'), '五、存在的主要问题及改进情况');
    expect(all(p, 'br')).toHaveLength(2);
    expect(textOf(p)).toBe('第一行\n第二行\n第三行');
    for (const t of all(p, 't')) expect(t.textContent).not.toContain('\n');
  });

  it('keeps a tab as <w:tab/>', async () => {
    const p = await paragraphAfter(withText('项目\t数量'), '五、存在的主要问题及改进情况');
    expect(textOf(p)).toBe('项目\t数量');
  });

  it('keeps emoji and rare CJK intact and drops what XML forbids', async () => {
    const p = await paragraphAfter(
      withText(`😀𠀀龘${CONTROLS.join('')}\uFFFE\uFFFF\uD800<&>"'{x}]]>`),
      '五、存在的主要问题及改进情况',
    );
    expect(textOf(p)).toBe(`😀𠀀龘\uFFFD<&>"'{x}]]>`);
  });

  it('escapes markup typed into the title and the agency name, in the body and the document properties', async () => {
    const draft = {
      ...filledDraft('2021'),
      title: '<w:p>报告 & "附件"\u0007',
      agency: { ...filledDraft('2021').agency, name: 'A&B<局>' },
    };
    const bytes = await buildReportDocx(draft);
    const title = all(docxPart(bytes, 'word/document.xml'), 'p').find(
      (p) => wAttr(child(p, 'pPr', 'pStyle'), 'val') === 'Title',
    )!;
    expect(textOf(title)).toBe('<w:p>报告 & "附件"');
    const core = docxPart(bytes, 'docProps/core.xml');
    expect(core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[0]!.textContent).toBe('A&B<局>');
  });

  it('omits blank paragraphs left over from editing', async () => {
    const draft = withText('  \n ');
    const p = await paragraphAfter(draft, '五、存在的主要问题及改进情况');
    expect(textOf(p)).toBe('六、其他需要报告的事项');
  });
});
