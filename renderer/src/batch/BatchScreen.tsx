import { useState } from 'react';
import './batch.css';
import type { OpenedDraft } from '../../../shared/api/contract';
import { MAX_APP_BATCH } from '../../../shared/api/batch';
import { api, errorMessage } from '../api';
import type { MenuCommand } from '../../../shared/api/channels';
import { MessageBanner } from '../common/MessageBanner';
import { useMenuCommand } from '../common/useMenuCommand';
import type { Notice } from '../common/MessageBanner';
import { INITIAL_VIEW, ruleCounts } from '../logic/batchRows';
import type { BatchView } from '../logic/batchRows';
import { ResultsTable } from './ResultsTable';
import { SumForm } from './SumForm';
import { useBatchJob } from './useBatchJob';

interface Props {
  /** A batch started before (back from one of its reports): shown again instead of an empty screen. */
  jobId: string | null;
  /** `jobId`: the batch the report comes from, to come back to. */
  onOpen: (opened: OpenedDraft, jobId: string, notice?: Notice) => void;
  onOpenDraft: (opened: OpenedDraft, notice?: Notice) => void;
  /** `then`: a menu command (新建, 导入) to carry out on the home screen. */
  onClose: (then?: MenuCommand) => void;
}

/**
 * 批量检查 for the 政务公开办: every report of a folder checked at once (progress, 取消), the results table (the
 * exported sheet's columns; sort, rule filter, open a report read-only), 导出结果 (.xlsx) and 汇总 of the selected
 * reports into a new draft.
 */
export function BatchScreen({ jobId, onOpen, onOpenDraft, onClose }: Props) {
  const { state, error, setError, start, cancel } = useBatchJob(jobId);
  const [view, setView] = useState<BatchView>(INITIAL_VIEW);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [info, setInfo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The app menu's 新建, 导入 and 草稿列表 are the home screen's: go there and carry them out.
  useMenuCommand((command) => {
    if (command === 'newDraft' || command === 'importReport') onClose(command);
    else if (command === 'showDrafts') onClose();
  });

  const run = async (what: string, task: () => Promise<void>) => {
    setError(null);
    setInfo(null);
    setBusy(true);
    try {
      await task();
    } catch (err) {
      setError(`${what}失败：${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const choose = () => {
    setSelected(new Set());
    setView(INITIAL_VIEW);
    setInfo(null);
    void start();
  };

  const done = state.kind === 'done' ? state : null;
  const table = done?.table ?? null;

  return (
    <div className="home batch">
      <header className="home-header">
        <h1>批量检查</h1>
        <span className="subtitle">一次检查一个文件夹中的所有年度报告，并汇总各部门的数字</span>
        <span className="spacer" />
        <button type="button" onClick={() => onClose()}>
          ← 草稿列表
        </button>
      </header>

      {error && <MessageBanner text={error} error onClose={() => setError(null)} />}
      {info && <MessageBanner text={info} onClose={() => setInfo(null)} />}

      <section className="card">
        <div className="row-actions batch-choose">
          <button
            type="button"
            className="primary"
            disabled={state.kind === 'choosing' || state.kind === 'running'}
            onClick={choose}
          >
            {table ? '重新选择文件夹…' : '选择文件夹…'}
          </button>
          <span className="hint">
            检查文件夹（含子文件夹）中的草稿（.json）与已发布的年报（PDF、Word、WPS、网页、文本），一次最多{' '}
            {MAX_APP_BATCH} 份。
          </span>
        </div>

        {(state.kind === 'running' || table) && (
          <div className="batch-progress" role="status">
            <progress
              value={state.kind === 'running' ? state.done : table!.rows.length}
              max={state.kind === 'running' ? state.total : table!.rows.length}
            />
            <span className="batch-count">
              {state.kind === 'running'
                ? `${state.done}/${state.total}`
                : `${table!.rows.length}/${table!.rows.length}`}
            </span>
            {state.kind === 'running' ? (
              <>
                <span className="batch-file">{state.file ? `已读：${state.file}` : '正在启动…'}</span>
                {state.etaSeconds !== null && state.done < state.total && (
                  <span className="hint">剩余约 {Math.ceil(state.etaSeconds)} 秒</span>
                )}
                <button type="button" onClick={() => void cancel()}>
                  取消
                </button>
              </>
            ) : (
              <span className="batch-file">已完成 {table!.folder}</span>
            )}
          </div>
        )}

        {table && (
          <>
            <p className="batch-summary">
              共 {table.rows.length} 份：已检查 {table.readCount} 份，无法读取 {table.unreadCount} 份，有错误{' '}
              {table.withErrors} 份{table.skipped > 0 && `；跳过了 ${table.skipped} 个不是报告类型的文件`}。
              点击一行打开该报告（只读），可另存为新草稿。
            </p>
            {table.problems.length > 0 && (
              <ul className="batch-problems">
                {table.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            <div className="row-actions batch-tools">
              <label>
                规则
                <select
                  aria-label="按规则筛选"
                  value={view.rule ?? ''}
                  onChange={(e) => setView({ ...view, rule: e.target.value || null })}
                >
                  <option value="">全部报告</option>
                  {ruleCounts(table).map(({ rule, reports }) => (
                    <option key={rule} value={rule}>
                      {rule}（{reports} 份）
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={view.errorsOnly}
                  onChange={(e) => setView({ ...view, errorsOnly: e.target.checked })}
                />
                只看有错误的
              </label>
              <span className="spacer" />
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void run('导出结果', async () => {
                    const file = await api().exportBatchResults(done!.jobId);
                    if (file) setInfo(`已导出结果：${file}`);
                  })
                }
              >
                导出结果
              </button>
            </div>
            <SumForm
              count={selected.size}
              busy={busy}
              onSum={(agency) =>
                void run('汇总', async () => {
                  const rows = [...selected].sort((a, b) => a - b);
                  const total = await api().sumBatchReports(done!.jobId, rows, agency);
                  onOpenDraft(await api().openDraft(total.id), {
                    text: `已将 ${rows.length} 份报告的表格汇总为新草稿（正文为空，请撰写）：`,
                    lines: rows.map((r) => String(table.rows[r]!.cells[0])),
                  });
                })
              }
            />
            <ResultsTable
              table={table}
              view={view}
              onView={setView}
              selected={selected}
              onSelect={(rows, on) =>
                setSelected((prev) => {
                  const next = new Set(prev);
                  for (const r of rows) {
                    if (on) next.add(r);
                    else next.delete(r);
                  }
                  return next;
                })
              }
              onOpen={(row) =>
                void run('打开报告', async () => onOpen(await api().openBatchReport(done!.jobId, row), done!.jobId))
              }
            />
          </>
        )}
      </section>
    </div>
  );
}
