import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OpenedDraft } from '../../../shared/api/contract';
import type { MenuCommand } from '../../../shared/api/channels';
import { draftCellValues, draftCompleteness } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import type { Finding } from '../../../shared/rules';
import { getFormat } from '../../../shared/templates';
import { errorMessage } from '../api';
import { MessageBanner } from '../common/MessageBanner';
import { ImportCoverage } from './ImportCoverage';
import type { Notice } from '../common/MessageBanner';
import { useMenuCommand } from '../common/useMenuCommand';
import { exportReview, needsReview } from '../logic/exportReview';
import { carriedOverParagraphs, indexFindings } from '../logic/findings';
import { cellPlace, spotRange } from '../logic/findingPlace';
import type { NavTarget } from '../logic/findings';
import { canRedo, canUndo } from '../logic/history';
import { hitRange } from '../logic/find';
import type { FindHit } from '../logic/find';
import { isHistoryCommand } from '../logic/menu';
import { draftWordCounts } from '../logic/wordCount';
import { refusedByPart } from '../logic/partNav';
import { EditorBar } from './EditorBar';
import { ExportBanner } from './ExportBanner';
import { LeaveConfirm } from './LeaveConfirm';
import { PartNav } from './PartNav';
import { PartView } from './PartView';
import { Preview } from './Preview';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { FindBar } from './FindBar';
import { RulePanel } from './RulePanel';
import { saveAsNewDraft } from './saveAsNew';
import { selectWhenFocused } from './selectText';
import { SaveErrorBanner } from './SaveStatus';
import { useConfirmations } from './useConfirmations';
import { focusedTextField, useDraftSession } from './useDraftSession';
import { useExport } from './useExport';
import { useLeaveGuard } from './useLeaveGuard';
import { useNavigation } from './useNavigation';
import { usePanelFold } from './usePanelFold';
import { WebExport } from './WebExport';
import { CompareToggle, useCompareLastYear } from './LastYear';
import { lastYearCells } from '../logic/lastYear';

/** One draft open for editing (or a read-only version): the bar, the banners, the parts, the rule panel. */
export function Editor(props: {
  opened: OpenedDraft;
  initialPart: NavTarget;
  notice?: Notice | undefined;
  /** An exported version (read-only): offers 另存为新草稿. */
  fromExport: boolean;
  /** Opens another draft in the editor (the one 另存为新草稿 made). */
  onOpen: (opened: OpenedDraft, notice?: Notice) => void;
  /** Back to the drafts; `then`: a menu command to carry out there (新建, 导入). */
  onClose: (then?: MenuCommand) => void;
}) {
  const { opened } = props;
  const readOnly = opened.readOnly;
  const session = useDraftSession(opened);
  const { state, draft, saver, saveState, saveNow } = session;
  const format = getFormat(draft.format);
  const [today] = useState(() => new Date());
  const nav = useNavigation(props.initialPart, opened.draft.id, readOnly, state);
  const { open: panelOpen, setOpen: setPanelOpen, narrow } = usePanelFold();
  const [previewOf, setPreviewOf] = useState<{ draft: Draft; print: number } | null>(null);
  const [notice, setNotice] = useState(props.notice ?? null);
  // 对照上年: last year's values under the cells and its text beside the narrative, when this draft links to it.
  const [comparing, setComparing] = useCompareLastYear();
  const shownPrevious = comparing ? opened.previous : null;
  const lastYear = useMemo(() => (shownPrevious ? lastYearCells(shownPrevious) : null), [shownPrevious]);

  // One recompute of totals and findings per change; every view reads these.
  const values = useMemo(() => draftCellValues(draft), [draft]);
  // `findings`: the open ones (已核实 warnings and notes apart); every edit goes through `dispatch`, which drops the
  // confirmations it made stale in the same undo step.
  const confirmations = useConfirmations(draft, { previous: opened.previous, today }, session.dispatch);
  const { open: findings, dispatch } = confirmations;
  const carried = useMemo(() => carriedOverParagraphs(confirmations.all), [confirmations.all]);
  const index = useMemo(() => indexFindings(findings), [findings]);
  // The deadline has its own badge; and the list's summary, computed when the draft was saved, cannot count it.
  const completeness = useMemo(
    () =>
      draftCompleteness(
        draft,
        findings.filter((f) => f.rule !== 'deadline'),
      ),
    [draft, findings],
  );
  const wordTotal = useMemo(() => draftWordCounts(draft).total, [draft]);
  const refusedCounts = useMemo(() => refusedByPart(Object.keys(state.refused)), [state.refused]);
  const refusedCount = Object.keys(state.refused).length;
  const errorCount = index.errors + refusedCount;

  const leave = useLeaveGuard({ saver, readOnly, refusedCount, onClose: props.onClose });
  const exporting = useExport({
    flush: () => saver.flush(),
    draftId: draft.id,
    shouldAsk: () => needsReview(exportReview(draft, findings), refusedCount),
  });
  const dismissLeftovers = useCallback((id: number) => dispatch({ type: 'dismissLeftovers', id }), [dispatch]);
  const closePanel = useCallback(() => setPanelOpen(false), [setPanelOpen]);

  // 查找: Ctrl+F opens the bar (again: back to its box); a hit opens its part and selects the text in its field.
  const [findNonce, setFindNonce] = useState(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'f') return;
      e.preventDefault();
      setFindNonce((n) => n + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // 打印 (Ctrl+P, 文件 → 打印): the paged preview, opened first when it is not open.
  const print = useCallback(
    () => setPreviewOf((open) => (open ? { ...open, print: open.print + 1 } : { draft, print: 1 })),
    [draft],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'p') return;
      e.preventDefault();
      print();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [print]);
  const { goTo } = nav;
  const goToHit = useCallback(
    (hit: FindHit, query: string) => {
      goTo(hit.place);
      selectWhenFocused((value) => hitRange(value, query, hit.occurrence));
    },
    [goTo],
  );
  // A text finding opens its part with the sentence selected; 看表三 goes to the table item it names.
  const { goToFinding: goToFindingPlace } = nav;
  const goToFinding = useCallback(
    (f: Finding) => {
      goToFindingPlace(f);
      const spot = f.text;
      if (spot) selectWhenFocused((value) => spotRange(value, spot));
    },
    [goToFindingPlace],
  );
  const goToCell = useCallback(
    (f: Finding) => {
      const place = cellPlace(f);
      if (place) goTo(place);
    },
    [goTo],
  );
  const [savingAs, setSavingAs] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const { onOpen } = props;
  const saveAsNew = useCallback(() => {
    setSavingAs({ busy: true, error: null });
    saveAsNewDraft(opened.draft).then(
      (copy) => onOpen(copy, { text: '已另存为新草稿，可以继续编辑；原来的只读版本不变。', lines: [] }),
      (err: unknown) => setSavingAs({ busy: false, error: errorMessage(err) }),
    );
  }, [onOpen, opened.draft]);

  // The app menu (文件 → 保存 / 导出 / 草稿列表 / 新建 / 导入, 编辑 → 撤销 / 重做) acts on the open draft.
  useMenuCommand((command) => {
    if (isHistoryCommand(command)) {
      // Claimed even when read-only: the editor owns undo here, the browser's text undo must not run instead.
      if (!readOnly) dispatch({ type: command, field: focusedTextField() });
      return true;
    }
    if (command === 'saveNow') saveNow();
    else if (command === 'print') print();
    else if (command === 'exportDocx') {
      if (!readOnly) void exporting.start();
    } else void leave.close(false, command === 'showDrafts' ? undefined : command);
  });

  return (
    <div className={`editor${readOnly ? ' read-only' : ''}${narrow ? ' narrow' : ''}`}>
      <EditorBar
        draft={draft}
        today={today}
        readOnly={readOnly}
        saveState={saveState}
        canUndo={canUndo(state.history)}
        canRedo={canRedo(state.history)}
        errorCount={errorCount}
        completeness={completeness}
        panelOpen={panelOpen}
        onClose={() => void leave.close()}
        onUndo={() => dispatch({ type: 'undo' })}
        onRedo={() => dispatch({ type: 'redo' })}
        onTogglePanel={() => setPanelOpen((v) => !v)}
        onPreview={() => setPreviewOf({ draft, print: 0 })}
        onExport={() => void exporting.start()}
        webExport={<WebExport draft={draft} canExport={!readOnly} flush={() => saver.flush()} />}
        compare={
          opened.previous && <CompareToggle year={opened.previous.year} on={comparing} onChange={setComparing} />
        }
      />

      {findNonce > 0 && <FindBar draft={draft} focusNonce={findNonce} onGo={goToHit} onClose={() => setFindNonce(0)} />}
      {!readOnly && saveState.kind === 'error' && <SaveErrorBanner message={saveState.message} onRetry={saveNow} />}
      {readOnly && (
        <ReadOnlyBanner
          reason={opened.readOnlyReason}
          onSaveAsNew={props.fromExport ? saveAsNew : undefined}
          busy={savingAs.busy}
          error={savingAs.error}
        />
      )}
      {notice &&
        (notice.coverage ? (
          <ImportCoverage text={notice.text} coverage={notice.coverage} onClose={() => setNotice(null)} />
        ) : (
          <MessageBanner text={notice.text} lines={notice.lines} onClose={() => setNotice(null)} />
        ))}
      {leave.asking && (
        <LeaveConfirm
          refused={state.refused}
          format={draft.format}
          onRefused={nav.goToRefused}
          onStay={leave.stay}
          onLeave={leave.leaveAnyway}
        />
      )}
      {exporting.stage && (
        <ExportBanner
          stage={exporting.stage}
          draft={draft}
          findings={findings}
          refusedCount={refusedCount}
          draftId={draft.id}
          onExport={() => void exporting.run()}
          onFinding={(f) => {
            exporting.dismiss();
            goToFinding(f);
          }}
          onGoTo={(place) => {
            exporting.dismiss();
            nav.goTo(place);
          }}
          onClose={exporting.dismiss}
        />
      )}

      <div className={panelOpen ? 'editor-body with-panel' : 'editor-body'}>
        <PartNav
          format={format}
          part={nav.part}
          byPart={index.byPart}
          refusedByPart={refusedCounts}
          previousYear={opened.previous?.year}
          wordTotal={wordTotal}
          onShow={nav.show}
        />
        <PartView
          format={format}
          part={nav.part}
          draft={draft}
          values={values}
          severities={index.byCell}
          refused={state.refused}
          readOnly={readOnly}
          dispatch={dispatch}
          focusRequest={nav.focus}
          travels={state.travels}
          carried={carried}
          previous={shownPrevious}
          lastYear={lastYear}
        />
        {panelOpen && (
          <RulePanel
            findings={findings}
            confirmed={confirmations.confirmed}
            refused={state.refused}
            format={draft.format}
            readOnly={readOnly}
            onFinding={(f) => {
              // Over the part (narrow window), the panel would cover the cell it leads to.
              if (narrow) setPanelOpen(false);
              goToFinding(f);
            }}
            onCell={goToCell}
            onConfirm={confirmations.confirm}
            onWithdraw={confirmations.withdraw}
            onRefused={(address) => {
              if (narrow) setPanelOpen(false);
              nav.goToRefused(address);
            }}
            leftovers={state.leftovers}
            onLeftovers={nav.goToTable}
            onDismissLeftovers={dismissLeftovers}
            onClose={closePanel}
          />
        )}
      </div>

      {previewOf && (
        <Preview draft={previewOf.draft} printRequest={previewOf.print} onClose={() => setPreviewOf(null)} />
      )}
    </div>
  );
}
