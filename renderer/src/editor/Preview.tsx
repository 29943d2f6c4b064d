import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Draft } from '../../../shared/model';
import { reportContent, tableRowFlow } from '../../../shared/report';
import { api, errorMessage } from '../api';
import { lowerDocumentDefaults } from '../logic/previewStyles';
import { pagePreview } from './pagePreview';

type State = { kind: 'loading' } | { kind: 'ready'; pages: number } | { kind: 'error'; message: string };

/**
 * The exact export bytes rendered in the app, dealt into A4 pages with their page numbers (pagePreview.ts), and
 * printed from here (打印, Ctrl+P): the print style sheet prints the pages only, one per sheet. docx-preview is
 * imported here only, lazily, so it is a separate chunk that the editor never loads unless the preview opens. Its
 * <style> elements are rendered off-document and adopted as constructed style sheets, which a strict
 * Content-Security-Policy (no inline <style>) allows. Rendered on document.body, so printing can leave out the rest.
 */
export function Preview(props: {
  draft: Draft;
  /** Raised to print once the pages are ready (Ctrl+P, 文件 → 打印). */
  printRequest: number;
  onClose: () => void;
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const printed = useRef(0);
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
          renderFooters: true,
          useBase64URL: true,
        });
        if (cancelled) return;
        for (const style of styles.querySelectorAll('style')) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(lowerDocumentDefaults(style.textContent ?? ''));
          adopted.push(sheet);
        }
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...adopted];
        // Measured with the report's fonts, or the lines would wrap differently once they load.
        await document.fonts.ready;
        const wrapper = bodyRef.current.querySelector<HTMLElement>('.docx-wrapper');
        const flows = reportContent(draft).blocks.flatMap((b) => (b.kind === 'table' ? [tableRowFlow(b.table)] : []));
        const pages = wrapper ? pagePreview(wrapper, flows) : 0;
        if (!cancelled) setState({ kind: 'ready', pages });
      } catch (err) {
        if (!cancelled) setState({ kind: 'error', message: errorMessage(err) });
      }
    })();
    return () => {
      cancelled = true;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !adopted.includes(s));
    };
  }, [draft]);

  useEffect(() => {
    if (state.kind !== 'ready' || props.printRequest <= printed.current) return;
    printed.current = props.printRequest;
    window.print();
  }, [state.kind, props.printRequest]);

  return createPortal(
    <div className="preview-overlay" role="dialog" aria-label="预览">
      <div className="preview-bar">
        <strong>预览</strong>
        <span className="hint">
          版式与导出的 .docx 相同（A4，页码“— N —”），分页可能与 Word/WPS 略有差异
          {state.kind === 'ready' && state.pages > 0 && `；共 ${state.pages} 页`}
        </span>
        <span className="spacer" />
        <button type="button" disabled={state.kind !== 'ready'} onClick={() => window.print()} title="打印（Ctrl+P）">
          打印
        </button>
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
    </div>,
    document.body,
  );
}
