import { useState } from 'react';
import type { Finding } from '../../../shared/rules';
import { api, errorMessage } from '../api';
import { ConfirmBanner } from './ConfirmBanner';
import type { ExportStage } from './useExport';

/** 导出 .docx under way: the errors to confirm past (each links to its place), progress, the file written, or why not. */
export function ExportBanner(props: {
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
    <ConfirmBanner
      label="导出前检查"
      className="export-confirm"
      title={<>报告中还有 {errors.length + props.refusedCount} 个错误：</>}
      proceed="仍然导出"
      onBack={props.onClose}
      onProceed={props.onExport}
    >
      {props.refusedCount > 0 && <li>{props.refusedCount} 处输入未被采用（见检查结果）</li>}
      {errors.map((f, i) => (
        <li key={i}>
          <button type="button" className="link" onClick={() => props.onFinding(f)}>
            {f.message}
          </button>
        </li>
      ))}
    </ConfirmBanner>
  );
}
