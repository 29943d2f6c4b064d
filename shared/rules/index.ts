import type { Draft } from '../model/draft';
import { applicationsBalance } from './applications';
import { buildContext } from './context';
import type { RuleContext } from './context';
import { carriedOverMatchesLastYear, inForceFollowsLastYear, prevCountFollowsLastYear } from './crossYear';
import { deadlineNote } from './deadline';
import { missingParts } from './parts';
import { signatureDate } from './signature';
import type { Finding } from './types';
import { emptyValues, invalidValues } from './values';

export type { Finding, RuleId, Severity } from './types';
export { SEVERITY_LABELS } from './types';

/** Every rule, in the order findings are listed (errors of the tables first, notes last). */
const RULES: readonly ((ctx: RuleContext) => Finding[])[] = [
  invalidValues,
  applicationsBalance,
  emptyValues,
  carriedOverMatchesLastYear,
  inForceFollowsLastYear,
  prevCountFollowsLastYear,
  missingParts,
  signatureDate,
  deadlineNote,
];

export interface CheckOptions {
  /** Last year's draft, when this one is linked to it: enables the crossYear rules. */
  readonly previous?: Draft | null;
  /** For the deadline's days left; omitted → the deadline date only (keeps the check pure and repeatable). */
  readonly today?: Date | null;
}

/** The whole rule check: pure, cheap enough to run on every keystroke. */
export function checkDraft(draft: Draft, options: CheckOptions = {}): Finding[] {
  const ctx = buildContext(draft, options.previous ?? null, options.today ?? null);
  return RULES.flatMap((rule) => rule(ctx));
}

export const countErrors = (findings: readonly Finding[]): number =>
  findings.filter((f) => f.severity === 'error').length;
