/**
 * Completeness in words, the same in the draft list and the editor's header: 已填 x/y 格, the parts without text
 * (by their ordinals, full headings in the tooltip), open warnings. "无错误" alone said nothing of an empty draft.
 */
import type { Completeness } from '../../../shared/model';
import { getFormat } from '../../../shared/templates';
import type { FormatId } from '../../../shared/templates';

export interface CompletenessText {
  /** Short items for one line: "已填 12/143 格", "一、五无正文", "3 个提醒". */
  readonly items: readonly string[];
  /** The same, with the parts' full headings. */
  readonly title: string;
  /** Every cell filled and every part written: nothing left to do but errors and warnings. */
  readonly complete: boolean;
}

export function completenessText(c: Completeness, format: FormatId): CompletenessText {
  const headings = c.emptyParts.map((id) => getFormat(format).parts.find((p) => p.id === id)?.heading ?? id);
  const ordinals = headings.map((h) => h.split('、')[0]);
  const items = [`已填 ${c.filledCells}/${c.totalCells} 格`];
  const full = [...items];
  if (headings.length > 0) {
    items.push(`${ordinals.join('、')}无正文`);
    full.push(`无正文：${headings.join('，')}`);
  }
  if (c.warnings > 0) {
    items.push(`${c.warnings} 个提醒`);
    full.push(`${c.warnings} 个提醒`);
  }
  return { items, title: full.join('；'), complete: c.filledCells === c.totalCells && headings.length === 0 };
}
