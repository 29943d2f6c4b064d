import { useState } from 'react';
import type { Draft } from '../../../shared/model';
import { buildReportHtml } from '../../../shared/html';
import { api, errorMessage } from '../api';

/**
 * 导出网页版 / 复制网页代码: the web version of the report (shared/html) for the agency's website — as a file where the
 * user chooses, or on the clipboard to paste into the CMS's source view. Both show the draft as it is on screen; the
 * file is written from the saved draft, so the draft is saved first.
 */
export function WebExport(props: { draft: Draft; canExport: boolean; flush: () => Promise<void> }) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const exportFile = async () => {
    try {
      await props.flush();
      const target = await api().exportHtml(props.draft.id);
      setStatus(target ? { text: `已导出网页版：${target}`, error: false } : null);
    } catch (err) {
      setStatus({ text: `网页版未能导出：${errorMessage(err)}`, error: true });
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(buildReportHtml(props.draft));
      setStatus({ text: '网页代码已复制，可粘贴到网站内容管理系统的“源代码”编辑框', error: false });
    } catch (err) {
      setStatus({ text: `未能复制到剪贴板：${errorMessage(err)}`, error: true });
    }
  };
  return (
    <>
      {props.canExport && (
        <button type="button" onClick={() => void exportFile()} title="导出为网页（.html），用于在网站发布">
          导出网页版
        </button>
      )}
      <button type="button" onClick={() => void copy()} title="把网页版的 HTML 代码复制到剪贴板">
        复制网页代码
      </button>
      {status && (
        <span className={status.error ? 'web-export-status error' : 'web-export-status'} role="status">
          {status.text}
        </span>
      )}
    </>
  );
}
