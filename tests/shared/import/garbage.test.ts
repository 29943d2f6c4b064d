import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/import';
import { importAs as run } from './helpers';

const text = (s: string) => new TextEncoder().encode(s);

describe('input that is not a report gives a reason, never a crash', () => {
  it('an empty file', () => {
    expect(run('a.txt', new Uint8Array())).toEqual({ ok: false, reason: '文件是空的，没有可导入的内容' });
    expect(run('a.txt', text('  \n\n \t'))).toEqual({ ok: false, reason: '文件是空的，没有可导入的内容' });
  });

  it('binary data', () => {
    const bytes = new Uint8Array(5000).map((_, i) => (i * 7919) % 256);
    const outcome = run('a.txt', bytes);
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining('二进制') });
  });

  it('an unrelated document', () => {
    const outcome = run(
      'recipe.txt',
      text('红烧肉做法\n1. 五花肉 500 克，切块。\n2. 冰糖 30 克。\n3. 小火炖 60 分钟。\n'),
    );
    expect(outcome).toMatchObject({
      ok: false,
      reason: expect.stringContaining('没有找到政府信息公开工作年度报告的内容'),
    });
  });

  it('an unrelated HTML page', () => {
    const outcome = run(
      'a.html',
      text('<html><body><nav>首页</nav><p>欢迎访问</p><table><tr><td>1</td></tr></table></body></html>'),
    );
    expect(outcome).toMatchObject({
      ok: false,
      reason: expect.stringContaining('没有找到政府信息公开工作年度报告的内容'),
    });
  });

  it('a file over 20 MB', () => {
    const outcome = run('big.txt', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining('20 MB') });
  });

  it('.pdf and .doc files are refused with what to do instead', () => {
    const outcome = run('report.pdf', text('%PDF-1.7'));
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining('另存为 .docx') });
  });

  it('random bytes under every extension are refused with a reason in Chinese, never a crash', () => {
    for (const ext of ['txt', 'html', 'docx', 'md', '']) {
      for (let seed = 1; seed < 30; seed++) {
        const bytes = new Uint8Array(seed * 37).map((_, i) => (i * seed * 2654435761) % 256);
        expect(run(`x.${ext}`, bytes), `x.${ext} seed ${seed}`).toMatchObject({
          ok: false,
          reason: expect.stringMatching(ext === 'docx' ? /不是 Word 文档/ : /二进制数据/),
        });
      }
    }
  });
});
