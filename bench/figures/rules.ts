import { readFileSync } from 'node:fs';
import { parseDraftText } from '../../shared/model';
import type { Draft } from '../../shared/model';
import { checkDraft } from '../../shared/rules';
import { cellIndex } from '../../shared/templates';
import { measure } from '../measure';
import type { Figure } from '../measure';

/** A full 2021 draft: every entered cell and fee field filled, narrative written, linked to last year. */
function filled2021(): { draft: Draft; previous: Draft } {
  const text = readFileSync(new URL('../../tests/fixtures/drafts/2020-quanzhou.json', import.meta.url), 'utf8');
  const parsed = parseDraftText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const previous = parsed.value;
  const values: Record<string, number> = {};
  cellIndex('2021').entered.forEach((cell, i) => (values[cell.address] = cell.kind === 'money' ? 1.5 : i % 5));
  const draft: Draft = {
    ...previous,
    id: 'bench',
    format: '2021',
    year: 2021,
    values,
    units: {},
    processingFees: { noticeCount: 0, noticeAmount: 0, collectedAmount: 0, sentence: null },
    previous: { id: previous.id, year: previous.year, title: '' },
  };
  return { draft, previous };
}

const figures: Figure[] = [
  {
    name: 'rules.check',
    target: 'median ≤ 1 ms',
    run: () => {
      const { draft, previous } = filled2021();
      return measure(() => checkDraft(draft, { previous, today: new Date() }), { warmup: 200, iterations: 2000 });
    },
  },
];
export default figures;
