/** Drafts with chosen narrative text, and fixture reports imported the way the app imports them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Draft } from '../../../../shared/model';
import { checkDraft } from '../../../../shared/rules';
import type { Finding } from '../../../../shared/rules';
import { importAs, reportsDir } from '../../import/helpers';

export const ofRule = (rule: string, findings: readonly Finding[]) => findings.filter((f) => f.rule === rule);
export const textNumbers = (draft: Draft, previous?: Draft) => ofRule('text.numbers', checkDraft(draft, { previous }));

/** `draft` with 一's first sub-section holding exactly `paragraphs`. */
export function withOverview(draft: Draft, ...paragraphs: string[]): Draft {
  const [first, ...rest] = draft.narrative.overview;
  return { ...draft, narrative: { ...draft.narrative, overview: [{ ...first!, paragraphs }, ...rest] } };
}

export const withValues = (draft: Draft, values: Record<string, number | null>): Draft => ({
  ...draft,
  values: { ...draft.values, ...values },
});

/** A fixture report (tests/fixtures/reference/reports/<name>.txt) imported as a draft. */
export function importFixture(name: string): Draft {
  const file = path.join(reportsDir, `${name}.txt`);
  const outcome = importAs(`${name}.txt`, new Uint8Array(readFileSync(file)));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.draft;
}

/** Names of the fixture reports that come with an expected file. */
export const expectedFixtures = (): string[] =>
  readdirSync(reportsDir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();

export const proseVsTable = (name: string): string =>
  (JSON.parse(readFileSync(path.join(reportsDir, `${name}.expected.json`), 'utf8')) as { proseVsTable: string })
    .proseVsTable;
