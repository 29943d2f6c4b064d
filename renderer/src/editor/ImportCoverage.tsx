/**
 * The import's result, shown above the draft it made: first what needs action — the doubts, the cells not found, the
 * cells recovered by arithmetic — then the cells found, collapsed under their counts. Built from the structured
 * coverage (shared/import/coverage.ts coverageSections), the same rows the CLI prints as lines.
 */
import type { CoverageRow, CoverageSections } from '../../../shared/import/coverage';
import { rowCells, tableCountText } from '../../../shared/import/coverage';

function Rows({ rows }: { rows: readonly CoverageRow[] }) {
  return (
    <ul>
      {rows.map((row) => (
        <li key={row.addresses[0]}>
          {row.where}：{rowCells(row)}
        </li>
      ))}
    </ul>
  );
}

export function ImportCoverage(props: { text: string; coverage: CoverageSections; onClose: () => void }) {
  const c = props.coverage;
  const nothingToDo = c.doubts.length === 0 && c.missingCount === 0 && c.recoveredCount === 0;
  return (
    <section className="banner import-result" aria-label="导入结果">
      <div className="import-result-head">
        <strong>{props.text}</strong>
        <span className="meta">{c.formatName}</span>
        <span className="spacer" />
        <button type="button" className="link" onClick={props.onClose}>
          关闭
        </button>
      </div>
      {nothingToDo && <p className="import-ok">所有表格单元格均已找到，没有疑点。请仍对照原报告核对正文。</p>}
      {c.doubts.length > 0 && (
        <section className="needs-action" data-kind="doubts">
          <h3>疑点 {c.doubts.length} 处（请逐条核对）</h3>
          <ul>
            {c.doubts.map((doubt, i) => (
              <li key={i}>{doubt}</li>
            ))}
          </ul>
        </section>
      )}
      {c.missingCount > 0 && (
        <section className="needs-action" data-kind="missing">
          <h3>未找到 {c.missingCount} 格（导入后为空，请对照原报告填写）</h3>
          <Rows rows={c.missing} />
        </section>
      )}
      {c.recoveredCount > 0 && (
        <section className="needs-action" data-kind="recovered">
          <h3>按合计关系拆分 {c.recoveredCount} 格（原文数字连在一起，这是唯一符合合计的拆法，请核对）</h3>
          <Rows rows={c.recovered} />
        </section>
      )}
      {c.notPrinted.length > 0 && (
        <section data-kind="not-printed">
          <h3>原报告没有印出、导入后留空的单元格</h3>
          <Rows rows={c.notPrinted} />
        </section>
      )}
      <details className="import-found">
        <summary>已找到 {c.foundCount} 格</summary>
        <ul className="coverage">
          {c.tables.map((t) => (
            <li key={t.table}>{tableCountText(t)}</li>
          ))}
        </ul>
        <Rows rows={c.found} />
      </details>
    </section>
  );
}
