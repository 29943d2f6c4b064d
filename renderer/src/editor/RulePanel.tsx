import { memo, useMemo, useState } from 'react';
import { canConfirm, SEVERITY_LABELS } from '../../../shared/rules';
import type { ConfirmedFinding, Finding } from '../../../shared/rules';
import { getFormat } from '../../../shared/templates';
import type { FormatId, TableId } from '../../../shared/templates';
import { REASON_MAX, reasonProblem } from '../logic/confirmations';
import { findingTable, groupFindings, RULE_LABELS } from '../logic/findingGroups';
import { inputLabel } from '../logic/places';
import type { PasteLeftovers, RefusedInput } from './state';

interface Props {
  /** Open findings: errors, and warnings and notes not marked 已核实. */
  readonly findings: readonly Finding[];
  /** Warnings and notes marked 已核实 whose finding is unchanged. */
  readonly confirmed: readonly ConfirmedFinding[];
  readonly refused: Readonly<Record<string, RefusedInput>>;
  readonly format: FormatId;
  readonly readOnly: boolean;
  readonly onFinding: (f: Finding) => void;
  /** A text finding's table item (its first cell), where the finding itself goes to the sentence. */
  readonly onCell: (f: Finding) => void;
  readonly onConfirm: (f: Finding, reason: string) => void;
  readonly onWithdraw: (key: string) => void;
  readonly onRefused: (address: string) => void;
  /** Pasted values that landed on no cell; listed until dismissed, not counted as errors of the report. */
  readonly leftovers: readonly PasteLeftovers[];
  readonly onLeftovers: (table: TableId) => void;
  readonly onDismissLeftovers: (id: number) => void;
  readonly onClose: () => void;
}

/**
 * The live rule panel: every refused input and every paste's values that went nowhere, then the findings of the
 * current draft grouped by part (logic/findingGroups), then the 已核实 ones, folded; clicking one goes there.
 */
export const RulePanel = memo(function RulePanel(props: Props) {
  const refused = Object.entries(props.refused);
  const errors = props.findings.filter((f) => f.severity === 'error').length + refused.length;
  const warnings = props.findings.filter((f) => f.severity === 'warning').length;
  const groups = groupFindings(props.findings);
  const { onFinding, onCell, onConfirm, readOnly } = props;
  const actions = useMemo<ItemActions>(
    () => ({ onFinding, onCell, onConfirm: readOnly ? null : onConfirm }),
    [onFinding, onCell, onConfirm, readOnly],
  );
  return (
    <aside className="rule-panel" aria-label="检查结果">
      <div className="panel-head">
        <h2>检查结果</h2>
        <span className="counts">
          <span className={errors > 0 ? 'badge error' : 'badge ok'}>{errors} 个错误</span>
          <span className={warnings > 0 ? 'badge warning' : 'badge ok'}>{warnings} 个提醒</span>
        </span>
        <button type="button" className="link" onClick={props.onClose} title="收起检查结果">
          收起
        </button>
      </div>
      {(refused.length > 0 || props.leftovers.length > 0) && (
        <ul className="findings">
          {refused.map(([address, r]) => (
            <li key={`refused:${address}`} className="finding sev-error" data-rule="input.refused">
              <button type="button" onClick={() => props.onRefused(address)}>
                <span className="sev">未采用</span>
                {inputLabel(props.format, address)}：{r.reason}
              </button>
            </li>
          ))}
          {props.leftovers.map((l) => (
            <li key={`paste:${l.id}`} className="finding sev-warning leftovers" data-rule="paste.leftovers">
              <button type="button" onClick={() => props.onLeftovers(l.table)}>
                <span className="sev">未采用</span>
                粘贴到“{partHeading(props.format, l.table)}”的 {l.values.length} 个值没有填入任何单元格：
              </button>
              <ul>
                {l.values.map((v, i) => (
                  <li key={i}>
                    {v.at}“{v.text}”：{v.reason}
                  </li>
                ))}
              </ul>
              <button type="button" className="dismiss" onClick={() => props.onDismissLeftovers(l.id)}>
                知道了
              </button>
            </li>
          ))}
        </ul>
      )}
      {groups.map((g) => (
        // Open at first; a part's list the user has read can be folded away (the DOM keeps that state).
        <details key={g.id} className="finding-group" data-group={g.id} open>
          <summary title={g.label}>
            <span className="group-label">{g.label}</span>
            <span className="group-count">{g.findings.length}</span>
          </summary>
          <ul className="findings">
            {findingKeys(g.findings).map((key, i) => (
              <FindingItem key={key} finding={g.findings[i]!} message={g.findings[i]!.message} actions={actions} />
            ))}
          </ul>
        </details>
      ))}
      {props.findings.length === 0 && refused.length === 0 && props.leftovers.length === 0 && (
        <p className="hint">{props.confirmed.length > 0 ? '没有待处理的问题。' : '没有发现问题。'}</p>
      )}
      {props.confirmed.length > 0 && (
        <details className="confirmed-group">
          <summary>已核实（{props.confirmed.length}）</summary>
          <ul className="findings">
            {props.confirmed.map(({ finding: f, confirmation: c }) => (
              <li key={c.key} className={`finding confirmed sev-${f.severity}`} data-rule={f.rule}>
                <button type="button" onClick={() => props.onFinding(f)}>
                  <span className="sev">已核实</span>
                  <RuleTags finding={f} />
                  {f.message}
                </button>
                <p className="confirm-reason">理由：{c.reason}</p>
                {!props.readOnly && (
                  <div className="finding-actions">
                    <button type="button" className="link" onClick={() => props.onWithdraw(c.key)}>
                      撤销核实
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
});

interface ItemActions {
  readonly onFinding: (f: Finding) => void;
  readonly onCell: (f: Finding) => void;
  /** null: read-only, nothing can be confirmed. */
  readonly onConfirm: ((f: Finding, reason: string) => void) | null;
}

/** The finding's kind in a word or two, and the table it names. */
function RuleTags({ finding }: { finding: Finding }) {
  const table = findingTable(finding);
  return (
    <>
      <span className="rule-label">{RULE_LABELS[finding.rule]}</span>
      {table && <span className="table-name">{table}</span>}
    </>
  );
}

/**
 * One open finding; re-rendered only when its message or its sentence's place changes (findings are new objects
 * after every check; the list's React key is the finding's key).
 */
const FindingItem = memo(
  function FindingItem(p: { finding: Finding; message: string; actions: ItemActions }) {
    const f = p.finding;
    const { onFinding, onCell, onConfirm } = p.actions;
    const [asking, setAsking] = useState(false);
    const [reason, setReason] = useState('');
    const [problem, setProblem] = useState<string | null>(null);
    const table = f.text && f.cells.length > 0 ? findingTable(f) : null;
    const confirmable = onConfirm !== null && canConfirm(f);
    const submit = () => {
      const why = reasonProblem(reason);
      setProblem(why);
      if (why || !onConfirm) return;
      onConfirm(f, reason);
      setAsking(false);
      setReason('');
    };
    return (
      <li className={`finding sev-${f.severity}`} data-rule={f.rule}>
        <button type="button" onClick={() => onFinding(f)}>
          <span className="sev">{SEVERITY_LABELS[f.severity]}</span>
          <RuleTags finding={f} />
          {p.message}
        </button>
        {(table || (confirmable && !asking)) && (
          <div className="finding-actions">
            {table && (
              <button type="button" className="link" onClick={() => onCell(f)}>
                看{table}
              </button>
            )}
            {confirmable && !asking && (
              <button type="button" className="link" onClick={() => setAsking(true)}>
                标为已核实…
              </button>
            )}
          </div>
        )}
        {asking && (
          <form
            className="confirm-form"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <input
              aria-label="核实理由"
              value={reason}
              maxLength={REASON_MAX}
              placeholder="理由，如：现行有效件数因清理不连续"
              autoFocus
              onChange={(e) => setReason(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setAsking(false);
              }}
            />
            <button type="submit">已核实</button>
            <button type="button" className="link" onClick={() => setAsking(false)}>
              取消
            </button>
            {problem && (
              <p className="field-error" role="alert">
                {problem}
              </p>
            )}
          </form>
        )}
      </li>
    );
  },
  (a, b) =>
    a.message === b.message &&
    a.finding.severity === b.finding.severity &&
    samePlace(a.finding, b.finding) &&
    a.actions === b.actions,
);

const samePlace = (a: Finding, b: Finding): boolean =>
  a.text?.sectionId === b.text?.sectionId &&
  a.text?.paragraph === b.text?.paragraph &&
  a.text?.start === b.text?.start &&
  a.text?.end === b.text?.end &&
  a.cells[0] === b.cells[0];

const partHeading = (format: FormatId, table: TableId): string =>
  getFormat(format).parts.find((p) => p.id === table)?.heading ?? table;

/** Keys that stay with a finding while others come and go, so the list is not rebuilt on every keystroke. */
function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const n = seen.get(f.key) ?? 0;
    seen.set(f.key, n + 1);
    return n === 0 ? f.key : `${f.key}#${n}`;
  });
}
