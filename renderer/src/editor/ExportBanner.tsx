import { useMemo, useState } from 'react';
import type { Draft } from '../../../shared/model';
import { SEVERITY_LABELS } from '../../../shared/rules';
import type { Finding } from '../../../shared/rules';
import { getFormat } from '../../../shared/templates';
import { exportReview } from '../logic/exportReview';
import type { Place } from '../logic/places';
import { api, errorMessage } from '../api';
import { ConfirmBanner } from './ConfirmBanner';
import type { ExportStage } from './useExport';

/** 导出 .docx under way: what to look at first (each links to its place), progress, the file written, or why not. */
export function ExportBanner(props: {
  stage: ExportStage;
  draft: Draft;
  findings: readonly Finding[];
  refusedCount: number;
  draftId: string;
  onExport: () => void;
  onFinding: (f: Finding) => void;
  onGoTo: (place: Place) => void;
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
  return <ExportReviewList {...props} />;
}

/**
 * The question before 导出 .docx: the open errors and warnings grouped by part, each with 去修改 (the dialog closes and
 * the place opens, as in the rule panel), the sub-section headings that will not be printed, and one 仍然导出.
 */
function ExportReviewList(props: {
  draft: Draft;
  findings: readonly Finding[];
  refusedCount: number;
  onExport: () => void;
  onFinding: (f: Finding) => void;
  onGoTo: (place: Place) => void;
  onClose: () => void;
}) {
  const { draft, findings } = props;
  const review = useMemo(() => exportReview(draft, findings), [draft, findings]);
  const format = getFormat(draft.format);
  const counts = [
    review.errors + props.refusedCount > 0 ? `${review.errors + props.refusedCount} 个错误` : null,
    review.warnings > 0 ? `${review.warnings} 个提醒` : null,
  ].filter((c) => c !== null);
  return (
    <ConfirmBanner
      label="导出前检查"
      className="export-confirm"
      title={counts.length > 0 ? <>导出前请检查：报告中还有 {counts.join('、')}</> : <>导出前请留意：</>}
      proceed="仍然导出"
      onBack={props.onClose}
      onProceed={props.onExport}
    >
      {props.refusedCount > 0 && <li>{props.refusedCount} 处输入未被采用（见检查结果）</li>}
      {review.omitted.length > 0 && (
        <li className="review-group omitted">
          <strong>以下小标题下没有正文，导出的 .docx 和网页版不印出这些小标题：</strong>
          <ul>
            {review.omitted.map((o) => (
              <li key={o.sectionId} data-section={o.sectionId}>
                {format.parts.find((p) => p.id === o.part)?.heading} {o.heading}
                <button
                  type="button"
                  className="link"
                  onClick={() => props.onGoTo({ kind: 'section', part: o.part, section: o.sectionId, field: 'text' })}
                >
                  去修改
                </button>
              </li>
            ))}
          </ul>
        </li>
      )}
      {review.groups.map((group) => (
        <li key={group.part ?? 'none'} className="review-group" data-part={group.part ?? ''}>
          <strong>{group.label}</strong>
          <ul>
            {group.findings.map((f, i) => (
              <li key={i} className={`review-item sev-${f.severity}`} data-rule={f.rule}>
                <span className="sev">{SEVERITY_LABELS[f.severity]}</span>
                {f.message}
                <button type="button" className="link" onClick={() => props.onFinding(f)}>
                  去修改
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ConfirmBanner>
  );
}
