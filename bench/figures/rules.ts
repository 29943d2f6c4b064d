import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importReport } from '../../shared/import';
import type { Draft } from '../../shared/model';
import { checkDraft } from '../../shared/rules';
import { fullReport } from '../fullReport';
import { measure } from '../measure';
import type { Figure } from '../measure';

const here = path.dirname(fileURLToPath(import.meta.url));
const reports = path.resolve(here, '..', '..', 'tests', 'fixtures', 'reference', 'reports');

/** The largest real report of the fixtures, with its whole narrative, imported as the app imports it. */
function realReport(): Draft {
  const file = '2020-quanzhou-statistics-bureau.txt';
  const outcome = importReport(
    { fileName: file, bytes: new Uint8Array(readFileSync(path.join(reports, file))) },
    { id: 'bench-real', now: '2021-01-20T08:00:00.000Z' },
  );
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.draft;
}

/** `draft` as after one more keystroke in its longest paragraph: each run has one paragraph never seen before. */
function typed(draft: Draft, n: number): Draft {
  const sections = draft.narrative.overview;
  let at = { s: 0, p: 0, length: -1 };
  sections.forEach((s, si) =>
    s.paragraphs.forEach((p, pi) => {
      if (p.length > at.length) at = { s: si, p: pi, length: p.length };
    }),
  );
  const overview = sections.map((s, si) =>
    si !== at.s ? s : { ...s, paragraphs: s.paragraphs.map((p, pi) => (pi === at.p ? `${p}${n}` : p)) },
  );
  return { ...draft, narrative: { ...draft.narrative, overview } };
}

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
  {
    name: 'rules.checkFull',
    run: () => {
      // A real report and its narrative, checked against itself as last year's: every paragraph is compared, every
      // figure of the prose is read, and one paragraph changes per run as it does while typing.
      const draft = realReport();
      const previous = { ...draft, id: 'bench-last', year: draft.year - 1 };
      let n = 0;
      return measure(() => checkDraft(typed(draft, n++), { previous, today: new Date() }), {
        warmup: 200,
        iterations: 2000,
      });
    },
  },
];
export default figures;
