import type { Confirmation } from '../model/draft';
import type { Finding } from './types';

export interface ConfirmedFinding {
  readonly finding: Finding;
  readonly confirmation: Confirmation;
}

export interface SplitFindings {
  /** Errors, and warnings and notes nobody marked 已核实: what still needs attention. */
  readonly open: Finding[];
  /** Warnings and notes marked 已核实 whose finding is still exactly the same (same key). */
  readonly confirmed: ConfirmedFinding[];
}

/** An error is never confirmed away: it breaks the official format, whatever the reason. */
export const canConfirm = (finding: Finding): boolean => finding.severity !== 'error';

/**
 * Splits findings by the draft's confirmations. A confirmation applies while a finding with its key exists; when the
 * figures, cells or quoted words change, the key changes and the finding is open again.
 */
export function splitConfirmed(findings: readonly Finding[], confirmations: readonly Confirmation[]): SplitFindings {
  const byKey = new Map(confirmations.map((c) => [c.key, c]));
  const open: Finding[] = [];
  const confirmed: ConfirmedFinding[] = [];
  for (const finding of findings) {
    const confirmation = canConfirm(finding) ? byKey.get(finding.key) : undefined;
    if (confirmation) confirmed.push({ finding, confirmation });
    else open.push(finding);
  }
  return { open, confirmed };
}

/** The confirmations that still match a finding: the others are dropped when the draft is next changed. */
export function liveConfirmations(
  findings: readonly Finding[],
  confirmations: readonly Confirmation[],
): Confirmation[] {
  const keys = new Set(findings.filter(canConfirm).map((f) => f.key));
  return confirmations.filter((c) => keys.has(c.key));
}
