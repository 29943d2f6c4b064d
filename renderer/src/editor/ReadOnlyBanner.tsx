import { readOnlyText } from '../logic/readOnly';

/**
 * Why this version cannot be changed (an exported version, a draft from a newer app…), and the way on from an
 * exported version: 另存为新草稿.
 */
export function ReadOnlyBanner(props: {
  reason: string | null;
  onSaveAsNew?: (() => void) | undefined;
  busy?: boolean;
  error?: string | null;
}) {
  return (
    <div className="banner warning read-only-banner" role="status">
      <span>{readOnlyText(props.reason)}</span>
      {props.onSaveAsNew && (
        <button type="button" className="primary" disabled={props.busy} onClick={props.onSaveAsNew}>
          {props.busy ? '正在另存…' : '另存为新草稿'}
        </button>
      )}
      {props.onSaveAsNew && <span className="hint">以此内容新建一份可编辑的草稿，这份只读的原件不变。</span>}
      {props.error && (
        <span className="error-text" role="alert">
          另存失败：{props.error}
        </span>
      )}
    </div>
  );
}
