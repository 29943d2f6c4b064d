import type { Draft } from '../model/draft';
import { applicationsBalance } from './applications';
import { buildContext } from './context';
import type { RuleContext } from './context';
import { carriedOverMatchesLastYear, inForceFollowsLastYear, prevCountFollowsLastYear, totalsJump } from './crossYear';
import { deadlineNote } from './deadline';
import { missingParts } from './parts';
import { partsContent } from './partsContent';
import { textNumbers } from './text/numbers';
import { staleYear } from './text/staleYear';
import { unchangedText } from './text/unchanged';
import type { Finding, RawFinding } from './types';
import { signatureDate } from './signature';
import { titlePattern } from './title';
import { emptyValues, invalidValues } from './values';

export type { Finding, PreviousSpot, RuleId, Severity, TextPart, TextSpot } from './types';
export { SEVERITY_LABELS } from './types';
export { canConfirm, liveConfirmations, splitConfirmed } from './confirmations';
export type { ConfirmedFinding, SplitFindings } from './confirmations';

/** Every rule, in the order findings are listed (errors of the tables first, notes last). */
const RULES: readonly ((ctx: RuleContext) => RawFinding[])[] = [
  invalidValues,
  applicationsBalance,
  emptyValues,
  carriedOverMatchesLastYear,
  inForceFollowsLastYear,
  prevCountFollowsLastYear,
  missingParts,
  signatureDate,
  partsContent,
  textNumbers,
  staleYear,
  unchangedText,
  totalsJump,
  titlePattern,
  deadlineNote,
];

export interface CheckOptions {
  /** Last year's draft (linked, or an imported last year's report): enables the crossYear and text.unchanged rules. */
  readonly previous?: Draft | null;
  /** For the deadline's days left; omitted → the deadline date only (keeps the check pure and repeatable). */
  readonly today?: Date | null;
}

/** A finding's identity where its rule gave none: its rule, cells and message (which carries its numbers). */
const keyOf = (f: RawFinding): string => f.key ?? `${f.rule}|${f.cells.join(',')}|${f.message}`;

/** The whole rule check: pure, cheap enough to run on every keystroke. */
export function checkDraft(draft: Draft, options: CheckOptions = {}): Finding[] {
  const ctx = buildContext(draft, options.previous ?? null, options.today ?? null);
  return RULES.flatMap((rule) => rule(ctx)).map((f) =>
    f.key === undefined ? { ...f, key: keyOf(f) } : (f as Finding),
  );
}

export const countErrors = (findings: readonly Finding[]): number =>
  findings.filter((f) => f.severity === 'error').length;
