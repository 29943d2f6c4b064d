import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ExportedVersion, OpenedDraft } from '../../../shared/api/contract';
import { RENDERER_FLUSH_HOOK } from '../../../shared/api/channels';
import type { MenuCommand } from '../../../shared/api/channels';
import { draftCellValues, draftTitle, localClockTime } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { checkDraft } from '../../../shared/rules';
import type { Finding } from '../../../shared/rules';
import { getFormat } from '../../../shared/templates';
import type { NarrativePartId, TableId } from '../../../shared/templates';
import { api, errorMessage } from '../api';
import { FORMAT_LABEL } from '../home/Home';
import type { Notice } from '../home/Home';
import { AutoSaver } from '../logic/autosave';
import type { SaveState } from '../logic/autosave';
import { deadlineText } from '../logic/deadline';
import { indexFindings, partOf } from '../logic/findings';
import type { NavTarget } from '../logic/findings';
import { canRedo, canUndo } from '../logic/history';
import { historyKey } from '../logic/keys';
import { flushForClose, guardUnload } from '../logic/leaving';
import { isHistoryCommand, onMenuCommand } from '../logic/menu';
import { inputLabel, inputPlace, placePart } from '../logic/places';
import type { Place } from '../logic/places';
import { routeHash } from '../logic/route';
import { FrontMatter } from './FrontMatter';
import { NarrativePart } from './NarrativePart';
import { Preview } from './Preview';
import { RulePanel } from './RulePanel';
import { WebExport } from './WebExport';
import { editorReducer, initEditor, nextNonce } from './state';
import type { FocusRequest } from './state';
import { TablePart } from './TablePart';

type ExportStage =
  | { readonly kind: 'confirm' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly version: ExportedVersion }
  | { readonly kind: 'error'; readonly message: string };

export function Editor(props: {
  opened: OpenedDraft;
  initialPart: NavTarget;
  notice?: Notice | undefined;
  /** Back to the drafts; `then`: a menu command to carry out there (新建, 导入). */
  onClose: (then?: MenuCommand) => void;
}) {
  const { opened } = props;
  const readOnly = opened.readOnly;
  const [state, dispatch] = useReducer(editorReducer, opened.draft, initEditor);
  const draft = state.history.present;
  const format = getFormat(draft.format);
  const [today] = useState(() => new Date());
  const [part, setPart] = useState<NavTarget>(props.initialPart);
  useEffect(() => {
    if (!readOnly) history.replaceState(null, '', routeHash({ draftId: opened.draft.id, part }));
  }, [part, readOnly, opened.draft.id]);
  const [panelOpen, setPanelOpen] = useState(true);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', savedAt: null });
  const [exportStage, setExportStage] = useState<ExportStage | null>(null);
  const [previewOf, setPreviewOf] = useState<Draft | null>(null);
  const [notice, setNotice] = useState(props.notice ?? null);

  // One recompute of totals and findings per change; every view reads these.
  const values = useMemo(() => draftCellValues(draft), [draft]);
  const findings = useMemo(
    () => checkDraft(draft, { previous: opened.previous, today }),
    [draft, opened.previous, today],
  );
  const index = useMemo(() => indexFindings(findings), [findings]);
  const refusedByPart = useMemo(() => {
    const counts: Partial<Record<NavTarget, number>> = {};
    for (const address of Object.keys(state.refused)) {
      const part = placePart(inputPlace(address));
      counts[part] = (counts[part] ?? 0) + 1;
    }
    return counts;
  }, [state.refused]);

  const [saver] = useState(
    () =>
      new AutoSaver<Draft>({
        save: (d) => api().saveDraft(d),
        onState: setSaveState,
        describeError: errorMessage,
      }),
  );
  const seen = useRef(opened.draft);
  useEffect(() => {
    if (readOnly || draft === seen.current) return;
    seen.current = draft;
    saver.change(draft);
  }, [draft, readOnly, saver]);
  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden') void saver.flush().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', flush);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      saver.dispose();
    };
  }, [saver]);

  // Ctrl+Z / Ctrl+Y and the menu's 撤销 / 重做 take the same path. preventDefault on the key is what keeps it to one
  // undo: the browser's text undo does not run, and (macOS) Electron performs no menu key equivalent for a handled
  // key; on Windows/Linux the menu's accelerator is not registered at all (electron/menu.ts).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const which = historyKey(e);
      if (!which || readOnly) return;
      e.preventDefault();
      dispatch({ type: which });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [readOnly]);

  const [confirmLeave, setConfirmLeave] = useState(false);
  const [leaveThen, setLeaveThen] = useState<MenuCommand | undefined>(undefined);
  const close = async (force = false, then?: MenuCommand) => {
    // Refused inputs live only in this editor: leaving drops them, so the user is asked first.
    if (!force && !readOnly && Object.keys(state.refused).length > 0) {
      setLeaveThen(then);
      setConfirmLeave(true);
      return;
    }
    try {
      await saver.flush();
      props.onClose(then);
    } catch {
      // The save status already shows the error; stay, with the edits still in memory.
    }
  };

  const goTo = useCallback(
    (place: Place) => {
      setPart(placePart(place));
      setFocus({ place, nonce: nextNonce() });
    },
    [setPart, setFocus],
  );
  const goToFinding = useCallback(
    (f: Finding) => {
      const target = partOf(f);
      if (f.cells[0]) goTo({ kind: 'cell', address: f.cells[0] });
      else if (f.section && (target === 'overview' || target === 'problems' || target === 'other'))
        goTo({ kind: 'section', part: target, section: f.section, field: 'text' });
      else if (target) goTo({ kind: 'part', part: target });
    },
    [goTo],
  );
  const goToRefused = useCallback((address: string) => goTo(inputPlace(address)), [goTo]);
  const goToTable = useCallback((table: TableId) => goTo({ kind: 'part', part: table }), [goTo]);
  const dismissLeftovers = useCallback((id: number) => dispatch({ type: 'dismissLeftovers', id }), []);

  // Undo and redo show what they changed: its part opens and the cell or field takes the focus.
  const [shownTravel, setShownTravel] = useState(state.travels);
  if (shownTravel !== state.travels) {
    setShownTravel(state.travels);
    if (state.travelPlace) goTo(state.travelPlace);
  }
  // The window's close waits for this (see RENDERER_FLUSH_HOOK): the last edits are written before it goes, and the
  // main process asks the user when that failed or refused inputs would be dropped.
  const refusedCount = Object.keys(state.refused).length;
  useEffect(() => {
    const hooks = window as unknown as Record<string, unknown>;
    hooks[RENDERER_FLUSH_HOOK] = () => flushForClose(() => saver.flush(), refusedCount, readOnly);
    return () => {
      delete hooks[RENDERER_FLUSH_HOOK];
    };
  }, [saver, readOnly, refusedCount]);
  // A reload or a closed tab (browser, web bridge): the browser asks while anything is unsaved or refused. The save
  // is started at once, so it may well be done by the time the user answers.
  useEffect(
    () =>
      guardUnload(window, () => {
        if (readOnly) return false;
        const unsaved = saver.unsaved;
        if (saver.dirty) void saver.flush().catch(() => undefined);
        return unsaved || refusedCount > 0;
      }),
    [saver, readOnly, refusedCount],
  );

  const closePanel = useCallback(() => setPanelOpen(false), [setPanelOpen]);

  const errorCount = index.errors + Object.keys(state.refused).length;

  const startExport = async () => {
    try {
      await saver.flush();
    } catch (err) {
      setExportStage({ kind: 'error', message: `草稿未能保存，无法导出：${errorMessage(err)}` });
      return;
    }
    if (errorCount > 0) setExportStage({ kind: 'confirm' });
    else await runExport();
  };
  const runExport = async () => {
    setExportStage({ kind: 'busy' });
    try {
      const version = await api().exportDocx(draft.id);
      setExportStage(version ? { kind: 'done', version } : null);
    } catch (err) {
      setExportStage({ kind: 'error', message: errorMessage(err) });
    }
  };

  // The app menu (文件 → 保存 / 导出 / 草稿列表 / 新建 / 导入, 编辑 → 撤销 / 重做) acts on the open draft.
  const onMenu = useRef<(command: MenuCommand) => boolean | void>(() => undefined);
  useEffect(() => {
    onMenu.current = (command) => {
      if (isHistoryCommand(command)) {
        // Claimed even when read-only: the editor owns undo here, the browser's text undo must not run instead.
        if (!readOnly) dispatch({ type: command });
        return true;
      }
      if (command === 'saveNow') void saver.flush().catch(() => undefined);
      else if (command === 'exportDocx') {
        if (!readOnly) void startExport();
      } else void close(false, command === 'showDrafts' ? undefined : command);
    };
  });
  useEffect(() => onMenuCommand(window, (command) => onMenu.current(command)), []);

  const deadline = deadlineText(draft, today);
  const navItems: { id: NavTarget; label: string }[] = [
    { id: 'front', label: '标题与引言' },
    ...format.parts.map((p) => ({ id: p.id, label: p.heading })),
  ];
  const currentPart = format.parts.find((p) => p.id === part);

  return (
    <div className="editor">
      <header className="editor-bar">
        <button type="button" onClick={() => void close()} title="返回草稿列表 (Ctrl+L)">
          ← 草稿列表
        </button>
        <div className="editor-title">
          <strong>{draftTitle(draft)}</strong>
          <span className="meta">
            {FORMAT_LABEL[draft.format]} · {draft.year}年度
          </span>
        </div>
        <span className={deadline.overdue ? 'deadline overdue' : 'deadline'}>{deadline.text}</span>
        <span className="spacer" />
        {!readOnly && <SaveStatus state={saveState} />}
        <button
          type="button"
          disabled={readOnly || !canUndo(state.history)}
          onClick={() => dispatch({ type: 'undo' })}
          title="撤销 (Ctrl+Z)"
        >
          撤销
        </button>
        <button
          type="button"
          disabled={readOnly || !canRedo(state.history)}
          onClick={() => dispatch({ type: 'redo' })}
          title="重做 (Ctrl+Y)"
        >
          重做
        </button>
        <button type="button" onClick={() => setPanelOpen((v) => !v)} aria-pressed={panelOpen}>
          检查结果{errorCount > 0 ? `（${errorCount}）` : ''}
        </button>
        <button type="button" onClick={() => setPreviewOf(draft)}>
          预览
        </button>
        {!readOnly && (
          <button type="button" className="primary" onClick={() => void startExport()}>
            导出 .docx
          </button>
        )}
        <WebExport draft={draft} canExport={!readOnly} flush={() => saver.flush()} />
      </header>

      {!readOnly && saveState.kind === 'error' && (
        // Below the bar, in full: the bar only says 保存失败, so the title and buttons keep their room.
        <div className="banner error save-error" role="alert">
          <span>
            草稿未能保存：{saveState.message}。修改仍保留在内存中，稍后自动重试；返回草稿列表和导出前也会先保存。
          </span>
          <button type="button" onClick={() => void saver.flush().catch(() => undefined)}>
            立即重试
          </button>
        </div>
      )}
      {readOnly && (
        <div className="banner warning" role="status">
          {/* The backend's reason already says 只读 ("…导出为…，只读"); only a bare reason gets the prefix. */}
          {opened.readOnlyReason?.includes('只读')
            ? opened.readOnlyReason
            : `只读：${opened.readOnlyReason ?? '此版本不能修改'}`}
        </div>
      )}
      {notice && (
        <div className="banner" role="status">
          <span>{notice.text}</span>
          <ul className="coverage">
            {notice.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <button type="button" className="link" onClick={() => setNotice(null)}>
            关闭
          </button>
        </div>
      )}
      {confirmLeave && (
        <div className="banner warning" role="alertdialog" aria-label="离开前确认">
          <strong>还有 {Object.keys(state.refused).length} 处输入未被采用，离开后不再保留：</strong>
          <ul>
            {Object.entries(state.refused).map(([address, r]) => (
              <li key={address}>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setConfirmLeave(false);
                    goToRefused(address);
                  }}
                >
                  {inputLabel(draft.format, address)}“{r.text}”：{r.reason}
                </button>
              </li>
            ))}
          </ul>
          <div className="row-actions">
            <button type="button" onClick={() => setConfirmLeave(false)}>
              返回修改
            </button>
            <button type="button" className="danger" onClick={() => void close(true, leaveThen)}>
              仍然离开
            </button>
          </div>
        </div>
      )}
      {exportStage && (
        <ExportBanner
          stage={exportStage}
          findings={findings}
          refusedCount={Object.keys(state.refused).length}
          draftId={draft.id}
          onExport={() => void runExport()}
          onFinding={(f) => {
            setExportStage(null);
            goToFinding(f);
          }}
          onClose={() => setExportStage(null)}
        />
      )}

      <div className={panelOpen ? 'editor-body with-panel' : 'editor-body'}>
        <nav className="part-nav" aria-label="报告各部分">
          <ul>
            {navItems.map((item) => {
              const counts = index.byPart[item.id];
              const errors = counts.errors + (refusedByPart[item.id] ?? 0);
              return (
                <li key={item.id}>
                  <button
                    type="button"
                    className={item.id === part ? 'current' : undefined}
                    aria-current={item.id === part ? 'page' : undefined}
                    onClick={() => {
                      setFocus(null);
                      setPart(item.id);
                    }}
                  >
                    <span className="nav-label">{item.label}</span>
                    {errors > 0 && <span className="count error">{errors}</span>}
                    {counts.warnings > 0 && <span className="count warning">{counts.warnings}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
          {opened.previous && <p className="hint prev-link">对照上年：{opened.previous.year}年度草稿</p>}
        </nav>

        <main className="part-view">
          {part === 'front' && (
            <FrontMatter draft={draft} readOnly={readOnly} dispatch={dispatch} focusRequest={focus} />
          )}
          {currentPart?.kind === 'narrative' && (
            <NarrativePart
              key={currentPart.id}
              part={currentPart.id as NarrativePartId}
              heading={currentPart.heading}
              draft={draft}
              readOnly={readOnly}
              dispatch={dispatch}
              focusRequest={focus}
              refused={state.refused}
              travels={state.travels}
            />
          )}
          {currentPart?.kind === 'table' && (
            <TablePart
              key={currentPart.id}
              heading={currentPart.heading}
              table={format.tables[currentPart.id as TableId]}
              draft={draft}
              values={values}
              severities={index.byCell}
              refused={state.refused}
              readOnly={readOnly}
              dispatch={dispatch}
              focusRequest={focus}
              travels={state.travels}
            />
          )}
        </main>

        {panelOpen && (
          <RulePanel
            findings={findings}
            refused={state.refused}
            format={draft.format}
            onFinding={goToFinding}
            onRefused={goToRefused}
            leftovers={state.leftovers}
            onLeftovers={goToTable}
            onDismissLeftovers={dismissLeftovers}
            onClose={closePanel}
          />
        )}
      </div>

      {previewOf && <Preview draft={previewOf} onClose={() => setPreviewOf(null)} />}
    </div>
  );
}

function SaveStatus(props: { state: SaveState }) {
  const s = props.state;
  if (s.kind === 'error') {
    return (
      <span className="save-status error" data-state="error">
        保存失败
      </span>
    );
  }
  const text = s.kind === 'saved' ? (s.savedAt ? `已保存 ${localClockTime(s.savedAt)}` : '已保存') : '正在保存…';
  return (
    <span className="save-status" role="status" data-state={s.kind}>
      {text}
    </span>
  );
}

function ExportBanner(props: {
  stage: ExportStage;
  findings: readonly Finding[];
  refusedCount: number;
  draftId: string;
  onExport: () => void;
  onFinding: (f: Finding) => void;
  onClose: () => void;
}) {
  const { stage } = props;
  const [folderError, setFolderError] = useState<string | null>(null);
  if (stage.kind === 'busy') return <div className="banner">正在导出…</div>;
  if (stage.kind === 'error') {
    return (
      <div className="banner error" role="alert">
        导出失败：{stage.message}
        <button type="button" className="link" onClick={props.onClose}>
          关闭
        </button>
      </div>
    );
  }
  if (stage.kind === 'done') {
    return (
      <div className="banner success" role="status">
        已导出 {stage.version.fileName}
        <button
          type="button"
          onClick={() =>
            void api()
              .showExportInFolder(props.draftId, stage.version.id)
              .catch((err: unknown) => setFolderError(errorMessage(err)))
          }
        >
          打开所在文件夹
        </button>
        {folderError && <span className="error-text">{folderError}</span>}
        <button type="button" className="link" onClick={props.onClose}>
          关闭
        </button>
      </div>
    );
  }
  const errors = props.findings.filter((f) => f.severity === 'error');
  return (
    <div className="banner warning export-confirm" role="alertdialog" aria-label="导出前检查">
      <strong>报告中还有 {errors.length + props.refusedCount} 个错误：</strong>
      <ul>
        {props.refusedCount > 0 && <li>{props.refusedCount} 处输入未被采用（见检查结果）</li>}
        {errors.map((f, i) => (
          <li key={i}>
            <button type="button" className="link" onClick={() => props.onFinding(f)}>
              {f.message}
            </button>
          </li>
        ))}
      </ul>
      <div className="row-actions">
        <button type="button" onClick={props.onClose}>
          返回修改
        </button>
        <button type="button" className="danger" onClick={props.onExport}>
          仍然导出
        </button>
      </div>
    </div>
  );
}
