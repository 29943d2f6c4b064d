/**
 * What one keystroke's text in a table cell or a 2021 fee field does to the editor state. Text that parses goes into
 * the draft at once (totals and rules follow). Refused text is not adopted at all: the draft keeps the value the
 * field had when the typing began — never the "1" typed on the way to a refused "1.5" — and the text stays at its
 * field with the reason, as a refused input.
 */
import type { Draft } from '../../../shared/model';
import { setCell, setFees, setUnit } from '../logic/edits';
import { feeField, parseCellText, parseInputAt } from '../../../shared/input';
import { editAction } from './state';
import type { EditorAction } from './state';

/** One typing session in one field: its undo group, and the field's value before it began. */
export interface TypingSession {
  readonly key: string;
  readonly original: number | null;
}

function refusedActions(
  address: string,
  session: TypingSession,
  restore: (d: Draft) => Draft,
  text: string,
  reason: string,
): EditorAction[] {
  return [
    // Like Esc: the session's own undo step goes (no empty step left behind), then the value it had is put back
    // (needed only when a pause split the session into several steps).
    { type: 'drop', key: session.key },
    editAction(restore, session.key),
    { type: 'refuse', entries: { [address]: { text, reason } } },
  ];
}

export function cellTextActions(draft: Draft, address: string, text: string, session: TypingSession): EditorAction[] {
  const parsed = parseInputAt(draft.format, address, text);
  if (!parsed.ok) {
    return refusedActions(address, session, (d) => setCell(d, address, session.original), text, parsed.reason);
  }
  const { value, unit } = parsed;
  return [
    editAction(
      (d) => (unit ? setUnit(setCell(d, address, value), address, unit) : setCell(d, address, value)),
      session.key,
    ),
    { type: 'refuse', entries: { [address]: null } },
  ];
}

export function feeTextActions(address: string, text: string, session: TypingSession): EditorAction[] {
  const fee = feeField(address);
  if (!fee) throw new Error(`not a fee field: ${address}`);
  const parsed = parseCellText(text, fee);
  if (!parsed.ok) {
    const restore = (d: Draft) =>
      (d.processingFees?.[fee.field] ?? null) === session.original ? d : setFees(d, { [fee.field]: session.original });
    return refusedActions(address, session, restore, text, parsed.reason);
  }
  return [
    editAction((d) => setFees(d, { [fee.field]: parsed.value }), session.key),
    { type: 'refuse', entries: { [address]: null } },
  ];
}
