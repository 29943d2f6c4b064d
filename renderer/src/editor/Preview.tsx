import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../shared/model';
import { api, errorMessage } from '../api';

/**
 * The exact export bytes rendered in the app. docx-preview is imported here only, lazily, so it is a separate chunk
 * that the editor never loads unless the preview opens. Its <style> elements are rendered off-document and adopted as
 * constructed style sheets, which a strict Content-Security-Policy (no inline <style>) allows.
 */
export function Preview(props: { draft: Draft; onClose: () => void }) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string }>({
    kind: 'loading',
  });
  const { draft } = props;

  useEffect(() => {
    let cancelled = false;
    const adopted: CSSStyleSheet[] = [];
    void (async () => {
      try {
        const [bytes, docxPreview] = await Promise.all([api().renderDocx(draft), import('docx-preview')]);
        if (cancelled || !bodyRef.current) return;
        const styles = document.createElement('div');
        bodyRef.current.replaceChildren();
        await docxPreview.renderAsync(new Blob([bytes as BlobPart]), bodyRef.current, styles, {
          className: 'docx',
          inWrapper: true,
          ignoreLastRenderedPageBreak: true,
          useBase64URL: true,
        });
        if (cancelled) return;
        for (const style of styles.querySelectorAll('style')) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(style.textContent ?? '');
          adopted.push(sheet);
        }
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...adopted];
        setState({ kind: 'ready' });
      } catch (err) {
        if (!cancelled) setState({ kind: 'error', message: errorMessage(err) });
      }
    })();
    return () => {
      cancelled = true;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !adopted.includes(s));
    };
  }, [draft]);

  return (
    <div className="preview-overlay" role="dialog" aria-label="预览">
      <div className="preview-bar">
        <strong>预览（与导出的 .docx 完全相同的内容，分页以 Word/WPS 为准）</strong>
        <span className="spacer" />
        <button type="button" onClick={props.onClose}>
          关闭预览
        </button>
      </div>
      {state.kind === 'loading' && <p className="hint preview-status">正在生成预览…</p>}
      {state.kind === 'error' && (
        <p className="banner error preview-status" role="alert">
          预览失败：{state.message}
        </p>
      )}
      <div className="preview-body" ref={bodyRef} data-state={state.kind} />
    </div>
  );
}
