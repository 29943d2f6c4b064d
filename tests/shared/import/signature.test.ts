import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutSignature } from '../../../shared/import/signature';
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

describe('importing a report that ends with its signature', () => {
  const lastParagraph = (file: string) => {
    const outcome = importAs(file, bytesOf(path.join(reportsDir, file)));
    if (!outcome.ok) throw new Error(outcome.reason);
    const other = outcome.draft.narrative.other;
    return other[other.length - 1]!.paragraphs.at(-1)!;
  };

  it.each([
    ['2025-shuyang-county.txt', /收取380元。$/],
    ['2023-shuyang-development-reform-bureau.txt', /未发生收费情况。$/],
  ])('leaves the signature of %s out of part 六', (file, ending) => {
    const last = lastParagraph(file);
    expect(last).toMatch(ending);
    expect(last).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日$/);
  });
});
