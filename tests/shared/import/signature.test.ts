import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSignature, withoutSignature } from '../../../shared/import/signature';
import { bytesOf, importAs, reportsDir } from './helpers';

describe('withoutSignature', () => {
  it('takes a signature glued to the last sentence off the paragraph', () => {
    expect(withoutSignature(['本年度未发生收费情况。沭阳县发展和改革局2024年1月17日'])).toEqual([
      '本年度未发生收费情况。',
    ]);
  });

  it('drops a paragraph that is only the signature, with or without a line between name and date', () => {
    expect(withoutSignature(['正文。', '沐阳县人民政府 2026年1月23日'])).toEqual(['正文。']);
    expect(withoutSignature(['正文。', '泉州市统计局', '2021年1月7日'])).toEqual(['正文。']);
  });

  it('keeps a sentence that merely ends in a date, and a date after words that are not an agency’s name', () => {
    expect(withoutSignature(['本报告统计期限截至2024年12月31日'])).toEqual(['本报告统计期限截至2024年12月31日']);
    expect(withoutSignature(['工作完成。', '2024年1月17日'])).toEqual(['工作完成。', '2024年1月17日']);
    expect(withoutSignature(['按期于2024年1月17日。'])).toEqual(['按期于2024年1月17日。']);
  });
});

describe('splitSignature', () => {
  it('reads the name and the date into the signature, the date as an ISO day', () => {
    expect(splitSignature(['正文。', '泉州市统计局', '2021年1月7日'])).toEqual({
      paragraphs: ['正文。'],
      signature: { agency: '泉州市统计局', date: '2021-01-07', printed: '2021年1月7日' },
    });
    expect(splitSignature(['本年度未发生收费情况。沭阳县发展和改革局2024年1月17日']).signature).toMatchObject({
      agency: '沭阳县发展和改革局',
      date: '2024-01-17',
    });
  });

  it('reads a name printed alone at the end as a signature without date only when it is the agency’s own', () => {
    expect(splitSignature(['正文。', '泉州市统计局'], '泉州市统计局')).toEqual({
      paragraphs: ['正文。'],
      signature: { agency: '泉州市统计局', date: null, printed: '' },
    });
    expect(splitSignature(['正文。', '泉州市统计局'], '某某局').signature).toBeNull();
  });

  it('keeps a signature whose date is not a real day, without the date', () => {
    expect(splitSignature(['正文。', '泉州市统计局', '2021年2月30日']).signature).toMatchObject({ date: null });
  });
});

describe('importing a report that ends with its signature', () => {
  const lastParagraph = (file: string) => {
    const outcome = importAs(file, bytesOf(path.join(reportsDir, file)));
    if (!outcome.ok) throw new Error(outcome.reason);
    // The last text printed in 六: its last paragraph, or the fee sentence leading it when that is all it has.
    const printed = outcome.draft.narrative.other.flatMap((s) => s.paragraphs).filter(Boolean);
    return printed.at(-1) ?? outcome.draft.processingFees?.sentence ?? '';
  };

  it.each([
    ['2025-shuyang-county.txt', /收取380元。$/],
    ['2023-shuyang-development-reform-bureau.txt', /未发生收费情况。$/],
  ])('leaves the signature of %s out of part 六', (file, ending) => {
    const last = lastParagraph(file);
    expect(last).toMatch(ending);
    expect(last).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it('keeps the signature in the draft: the agency (null when it is the title’s) and the date', () => {
    const outcome = importAs('2021.txt', bytesOf(path.join(reportsDir, '2023-shuyang-development-reform-bureau.txt')));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.signature).toEqual({ agency: null, date: '2024-01-17' });
  });
});
