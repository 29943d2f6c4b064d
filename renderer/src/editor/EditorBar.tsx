import type { ReactNode } from 'react';
import { draftName, draftTitle } from '../../../shared/model';
import type { Completeness, Draft } from '../../../shared/model';
import { completenessText } from '../logic/completenessText';
import type { SaveState } from '../logic/autosave';
import { deadlineText } from '../logic/deadline';
import { FORMAT_LABEL } from '../logic/formatLabel';
import { SaveStatus } from './SaveStatus';

/** The editor's top bar: back to the drafts, the report's title and deadline, the save status and the actions. */
export function EditorBar(props: {
  draft: Draft;
  today: Date;
  readOnly: boolean;
  saveState: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  errorCount: number;
  completeness: Completeness;
  panelOpen: boolean;
  onClose: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onTogglePanel: () => void;
  onPreview: () => void;
  onExport: () => void;
  /** The web version's actions (导出网页版, 复制网页代码), after 导出 .docx. */
  webExport: ReactNode;
  /** 对照上年, for a draft linked to last year's. */
  compare?: ReactNode;
}) {
  const { draft, readOnly, errorCount } = props;
  const deadline = deadlineText(draft, props.today);
  const status = completenessText(props.completeness, draft.format);
  return (
    <header className="editor-bar">
      <button type="button" onClick={props.onClose} title="返回草稿列表 (Ctrl+L)">
        ← 草稿列表
      </button>
      <div className="editor-title">
        <strong title={draft.name === null ? undefined : `报告标题：${draftTitle(draft)}`}>{draftName(draft)}</strong>
        <span className="meta">
          {FORMAT_LABEL[draft.format]} · {draft.year}年度 ·{' '}
          <span className="completeness" title={status.title}>
            {status.items.join(' · ')}
          </span>
        </span>
      </div>
      {readOnly ? (
        <span className="badge read-only-badge">只读</span>
      ) : (
        <span className={deadline.overdue ? 'deadline overdue' : 'deadline'}>{deadline.text}</span>
      )}
      <span className="spacer" />
      {props.compare}
      {!readOnly && <SaveStatus state={props.saveState} />}
      <button type="button" disabled={readOnly || !props.canUndo} onClick={props.onUndo} title="撤销 (Ctrl+Z)">
        撤销
      </button>
      <button type="button" disabled={readOnly || !props.canRedo} onClick={props.onRedo} title="重做 (Ctrl+Y)">
        重做
      </button>
      {/* The label says what a click does (a pressed-looking toggle with one label read the same both ways). */}
      <button type="button" onClick={props.onTogglePanel} aria-expanded={props.panelOpen}>
        {props.panelOpen ? '隐藏' : '显示'}检查结果{errorCount > 0 ? `（${errorCount}）` : ''}
      </button>
      <button type="button" onClick={props.onPreview}>
        预览
      </button>
      {!readOnly && (
        <button type="button" className="primary" onClick={props.onExport}>
          导出 .docx
        </button>
      )}
      {props.webExport}
    </header>
  );
}
