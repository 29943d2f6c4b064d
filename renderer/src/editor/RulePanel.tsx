import { memo } from 'react';
import type { Finding } from '../../../shared/rules';
import { cellDisplayName, cellIndex } from '../../../shared/templates';
import type { FormatId } from '../../../shared/templates';
import type { RefusedInput } from './state';

const SEVERITY_LABEL = { error: '错误', warning: '提醒', info: '说明' } as const;

interface Props {
  readonly findings: readonly Finding[];
  readonly refused: Readonly<Record<string, RefusedInput>>;
  readonly format: FormatId;
  readonly onFinding: (f: Finding) => void;
  readonly onRefused: (address: string) => void;
  readonly onClose: () => void;
}

/** The live rule panel: every finding of the current draft, and every refused input; clicking one goes there. */
export const RulePanel = memo(function RulePanel(props: Props) {
  const refused = Object.entries(props.refused);
  const index = cellIndex(props.format);
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
        {refused.map(([address, r]) => {
          const def = index.byAddress.get(address);
          return (
            <li key={`refused:${address}`} className="finding sev-error" data-rule="input.refused">
              <button type="button" onClick={() => props.onRefused(address)}>
                <span className="sev">未采用</span>
                {def ? cellDisplayName(def) : address}：{r.reason}
              </button>
            </li>
          );
        })}
        {props.findings.map((f, i) => (
          <li key={i} className={`finding sev-${f.severity}`} data-rule={f.rule}>
            <button type="button" onClick={() => props.onFinding(f)}>
              <span className="sev">{SEVERITY_LABEL[f.severity]}</span>
              {f.message}
            </button>
          </li>
        ))}
        {props.findings.length === 0 && refused.length === 0 && <li className="hint">没有发现问题。</li>}
      </ul>
    </aside>
  );
});
