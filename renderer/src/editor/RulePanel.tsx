import { memo } from 'react';
import { SEVERITY_LABELS } from '../../../shared/rules';
import type { Finding } from '../../../shared/rules';
import { getFormat } from '../../../shared/templates';
import type { FormatId, TableId } from '../../../shared/templates';
import { inputLabel } from '../logic/places';
import type { PasteLeftovers, RefusedInput } from './state';

interface Props {
  readonly findings: readonly Finding[];
  readonly refused: Readonly<Record<string, RefusedInput>>;
  readonly format: FormatId;
  readonly onFinding: (f: Finding) => void;
  readonly onRefused: (address: string) => void;
  /** Pasted values that landed on no cell; listed until dismissed, not counted as errors of the report. */
  readonly leftovers: readonly PasteLeftovers[];
  readonly onLeftovers: (table: TableId) => void;
  readonly onDismissLeftovers: (id: number) => void;
  readonly onClose: () => void;
}

/**
 * The live rule panel: every finding of the current draft, every refused input and every paste's values that went
 * nowhere; clicking one goes there.
 */
export const RulePanel = memo(function RulePanel(props: Props) {
  const refused = Object.entries(props.refused);
  const errors = props.findings.filter((f) => f.severity === 'error').length + refused.length;
  const warnings = props.findings.filter((f) => f.severity === 'warning').length;
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
        {findingKeys(props.findings).map((key, i) => (
          <FindingItem
            key={key}
            finding={props.findings[i]!}
            message={props.findings[i]!.message}
            onFinding={props.onFinding}
          />
        ))}
        {props.findings.length === 0 && refused.length === 0 && props.leftovers.length === 0 && (
          <li className="hint">没有发现问题。</li>
        )}
      </ul>
    </aside>
  );
});

/** One finding; re-rendered only when its message changes (findings are new objects after every check). */
const FindingItem = memo(
  function FindingItem(p: { finding: Finding; message: string; onFinding: (f: Finding) => void }) {
    const f = p.finding;
    return (
      <li className={`finding sev-${f.severity}`} data-rule={f.rule}>
        <button type="button" onClick={() => p.onFinding(f)}>
          <span className="sev">{SEVERITY_LABELS[f.severity]}</span>
          {p.message}
        </button>
      </li>
    );
  },
  (a, b) => a.message === b.message && a.finding.severity === b.finding.severity && a.onFinding === b.onFinding,
);

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
