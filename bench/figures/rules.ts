import { checkDraft } from '../../shared/rules';
import { fullReport } from '../fullReport';
import { measure } from '../measure';
import type { Figure } from '../measure';

const figures: Figure[] = [
  {
    name: 'rules.check',
    run: () => {
      // Linked to last year's draft, so the cross-year rules run too.
      const previous = fullReport({ id: 'last', year: 2023 });
      const draft = { ...fullReport(), previous: { id: previous.id, year: previous.year, title: '' } };
      // A keystroke in a table makes a new values record: totals are then computed afresh (they are cached per record).
      const edited = () => ({ ...draft, values: { ...draft.values } });
      return measure(() => checkDraft(edited(), { previous, today: new Date() }), { warmup: 200, iterations: 2000 });
    },
  },
];
export default figures;
