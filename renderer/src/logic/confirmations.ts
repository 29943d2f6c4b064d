/**
 * 已核实 in the editor: confirming and withdrawing are ordinary draft edits (one undo step each, saved by autosave),
 * and a confirmation whose finding has changed is pruned in the same step as the edit that changed it, so undoing
 * that edit brings the figure and the confirmation back together.
 */
import type { Draft } from '../../../shared/model';
import { confirmationSchema } from '../../../shared/model';
import { checkDraft, liveConfirmations } from '../../../shared/rules';
import type { CheckOptions, Finding } from '../../../shared/rules';

/** The schema's limit on a reason, so the form and the stored draft agree. */
export const REASON_MAX = confirmationSchema.shape.reason.maxLength ?? 200;

/** Why a reason cannot be stored, or null when it can. */
export function reasonProblem(reason: string): string | null {
  const text = reason.trim();
  if (text === '') return '请写明核实的理由，如“现行有效件数因清理不连续”';
  if (text.length > REASON_MAX) return `理由最多${REASON_MAX}字，现有${text.length}字`;
  return null;
}

/** Marks `key` 已核实 with `reason` (replacing an earlier confirmation of the same finding). */
export function confirmFinding(draft: Draft, key: string, reason: string, confirmedAt: string): Draft {
  const others = draft.confirmations.filter((c) => c.key !== key);
  return { ...draft, confirmations: [...others, { key, reason: reason.trim(), confirmedAt }] };
}

export function withdrawConfirmation(draft: Draft, key: string): Draft {
  const confirmations = draft.confirmations.filter((c) => c.key !== key);
  return confirmations.length === draft.confirmations.length ? draft : { ...draft, confirmations };
}

export type Check = (draft: Draft) => Finding[];

/**
 * checkDraft remembered per draft object: the pruning of an edit and the editor's render read the same findings
 * (the pruned draft is the same object whenever nothing was stale, which is almost always).
 */
export function cachedCheck(options: CheckOptions): Check {
  const seen = new WeakMap<Draft, Finding[]>();
  return (draft) => {
    let findings = seen.get(draft);
    if (!findings) {
      findings = checkDraft(draft, options);
      seen.set(draft, findings);
    }
    return findings;
  };
}

/** The draft without confirmations whose finding is gone or changed; the same object when there are none. */
export function pruneConfirmations(draft: Draft, check: Check): Draft {
  if (draft.confirmations.length === 0) return draft;
  const live = liveConfirmations(check(draft), draft.confirmations);
  return live.length === draft.confirmations.length ? draft : { ...draft, confirmations: live };
}
