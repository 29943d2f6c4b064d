import { describe, expect, it } from 'vitest';
import { completenessText } from '../../renderer/src/logic/completenessText';

describe('completeness in words', () => {
  it('names filled cells, the parts without text by their ordinals, and open warnings', () => {
    const t = completenessText(
      { filledCells: 12, totalCells: 143, emptyParts: ['overview', 'problems'], warnings: 3 },
      '2021',
    );
    expect(t.items).toEqual(['已填 12/143 格', '一、五无正文', '3 个提醒']);
    expect(t.title).toBe('已填 12/143 格；无正文：一、总体情况，五、存在的主要问题及改进情况；3 个提醒');
    expect(t.complete).toBe(false);
  });

  it('is complete only when every cell is filled and every part written, whatever the warnings', () => {
    expect(completenessText({ filledCells: 143, totalCells: 143, emptyParts: [], warnings: 2 }, '2021')).toEqual({
      items: ['已填 143/143 格', '2 个提醒'],
      title: '已填 143/143 格；2 个提醒',
      complete: true,
    });
    expect(
      completenessText({ filledCells: 143, totalCells: 143, emptyParts: ['other'], warnings: 0 }, '2021').complete,
    ).toBe(false);
  });
});
