/**
 * Generated hostile inputs: each one is refused with a Chinese reason or imported, in a small fraction of the time
 * the bugs they pin took (14 s to over a minute) and growing the process by less than 300 MB. The bounds are "does
 * not hang / does not balloon" checks with a wide margin, not speed targets (`npm run bench -- import` measures speed).
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, IMPORT_LIMITS } from '../../../shared/import';
import type { ImportOutcome } from '../../../shared/import';
import { importAs } from './helpers';

const BOUND_MS = 3000;
/** Growth of the process while importing: the 49 MB document.xml that stayed under the old limits took 723 MB. */
const BOUND_BYTES = 300 * 1024 * 1024;
const NOT_A_REPORT = '没有找到政府信息公开工作年度报告的内容';

function timed(fileName: string, bytes: Uint8Array | string): ImportOutcome {
  const memory = process.memoryUsage().rss;
  const started = performance.now();
  const outcome = importAs(fileName, bytes);
  expect(performance.now() - started, fileName).toBeLessThan(BOUND_MS);
  expect(process.memoryUsage().rss - memory, fileName).toBeLessThan(BOUND_BYTES);
  return outcome;
}

const refusedWith = (text: string) => ({ ok: false, reason: expect.stringContaining(text) });
const enc = (s: string) => new TextEncoder().encode(s);
const docx = (xml: string, level: 0 | 6 = 0) => zipSync({ 'word/document.xml': enc(xml) }, { level });
const wordXml = (body: string) => `<w:document><w:body>${body}</w:body></w:document>`;

describe('whitespace runs are read in linear time', () => {
  it('a .txt line with 150 000 spaces inside it', () => {
    expect(timed('spaces.txt', `a${' '.repeat(150_000)}b`)).toMatchObject(refusedWith(NOT_A_REPORT));
  });

  it('a web page paragraph with 150 000 spaces inside it, and a source line break after them', () => {
    expect(timed('spaces.html', `<p>a${' '.repeat(150_000)}b</p><p>c${' \t'.repeat(75_000)}x\n</p>`)).toMatchObject(
      refusedWith(NOT_A_REPORT),
    );
  });

  it('a Word paragraph with 150 000 spaces inside it', () => {
    const xml = wordXml(`<w:p><w:r><w:t>a${' '.repeat(150_000)}b</w:t></w:r></w:p>`);
    expect(timed('spaces.docx', docx(xml))).toMatchObject(refusedWith(NOT_A_REPORT));
  });

  it('a year followed by 100 000 ideographic spaces where the statistics period is looked for', () => {
    expect(timed('period.txt', `2020${'\u3000'.repeat(100_000)}中\n一、总体情况\n`)).toMatchObject({ ok: true });
  });

  it('a Markdown table row with 100 000 spaces after its dashes', () => {
    expect(timed('row.txt', `|--${' '.repeat(100_000)}x|\n`)).toMatchObject(refusedWith(NOT_A_REPORT));
  });
});

describe('long parts and lines are read in linear time', () => {
  it('part 一 of 10 000 wrapped lines that make one paragraph', () => {
    const line = '政府信息公开工作稳步推进并持续深化各项工作有序开展取得成效';
    const text = `一、总体情况\n${Array.from({ length: 10_000 }, () => line).join('\n')}\n`;
    const outcome = timed('long.txt', text);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.draft.narrative.overview[0]!.paragraphs[0]!.length).toBe(10_000 * line.length);
  });

  it('19 999 lines of one number each (just under the line limit)', () => {
    const text = Array.from({ length: IMPORT_LIMITS.maxBlocks - 1 }, (_, i) => String(i % 1000)).join('\n');
    expect(timed('numbers.txt', text)).toMatchObject(refusedWith(NOT_A_REPORT));
  });

  it('one line of 300 000 numbers is refused, not a crash of the call stack', () => {
    expect(timed('wide.txt', '1 '.repeat(300_000))).toMatchObject(refusedWith('数字和词语超过 10 万个'));
  });
});

describe('inputs beyond the limits are refused with the limit named', () => {
  it('a 19.9 MB text of one number per line', () => {
    const line = enc('12345\n');
    const bytes = new Uint8Array(Math.floor((19.9 * 1024 * 1024) / line.length) * line.length);
    for (let i = 0; i < bytes.length; i += line.length) bytes.set(line, i);
    expect(timed('numbers.txt', bytes)).toMatchObject(refusedWith('文本文件超过 2 MB（19.9 MB）'));
  });

  it('a text of more lines than the limit', () => {
    const text = '1\n'.repeat(IMPORT_LIMITS.maxBlocks + 1);
    expect(timed('lines.txt', text)).toMatchObject(refusedWith('超过 2 万行'));
  });

  it('a text table row of a million cells', () => {
    expect(timed('row.txt', `${'|'.repeat(1_000_000)}1`)).toMatchObject(refusedWith('单元格'));
  });

  it('a web page over 3 MB', () => {
    const page = `<html><body>${'<p>一</p>'.repeat(400_000)}</body></html>`;
    expect(timed('big.html', page)).toMatchObject(refusedWith('网页文件超过 3 MB'));
  });

  it('a web page of 100 000 nested elements', () => {
    expect(timed('deep.html', `<html><body>${'<div>'.repeat(100_000)}x`)).toMatchObject(
      refusedWith('网页的标签嵌套超过 128 层'),
    );
    expect(timed('deep-tables.html', '<table><tr><td>'.repeat(30_000))).toMatchObject(refusedWith('嵌套超过'));
  });

  it('a web page of 300 000 empty table cells', () => {
    const page = `<table><tr>${'<td></td>'.repeat(300_000)}</tr></table>`;
    expect(timed('cells.html', page)).toMatchObject(refusedWith('单元格'));
  });

  it('a web page of two million characters of text', () => {
    const page = `<p>${'abcdefghij'.repeat(210_000)}</p>`;
    expect(timed('text.html', page)).toMatchObject(refusedWith('文字超过 200 万字'));
  });

  it('a Word file of 100 000 nested elements', () => {
    expect(timed('deep.docx', docx(wordXml('<w:sdt>'.repeat(100_000))))).toMatchObject(
      refusedWith('Word 文档正文的标签嵌套超过 64 层'),
    );
  });

  it('a Word file whose document.xml inflates past the limit, refused while inflating', () => {
    // Varied text, so the entry's compression ratio is that of an ordinary document.
    let body = '';
    for (let i = 0; body.length < 6 * 1024 * 1024; i++) {
      body += `<w:p><w:r><w:t>${((i * 2654435761) % 1e9).toString(36)}第${i}段</w:t></w:r></w:p>`;
    }
    const outcome = timed('big.docx', docx(wordXml(body), 6));
    expect(outcome).toMatchObject(refusedWith(`解压后超过 ${DOCX_LIMITS.maxDocumentXml / 1024 / 1024} MB`));
  });

  it('a Word file whose zip header understates the size of document.xml', () => {
    let body = '';
    for (let i = 0; body.length < 6 * 1024 * 1024; i++) body += `<w:p><w:r><w:t>${i}</w:t></w:r></w:p>`;
    const bytes = docx(wordXml(body), 6);
    // The local header's uncompressed size (offset 22), and the central directory's (offset 24), say 100 KB.
    const view = new DataView(bytes.buffer);
    view.setUint32(22, 100_000, true);
    let central = bytes.length - 4;
    while (view.getUint32(central, true) !== 0x02014b50) central--;
    view.setUint32(central + 24, 100_000, true);
    expect(timed('lying.docx', bytes)).toMatchObject(refusedWith('解压后超过'));
  });
});
