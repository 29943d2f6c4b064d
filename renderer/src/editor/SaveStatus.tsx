import { localClockTime } from '../../../shared/model';
import type { SaveState } from '../logic/autosave';

/** The bar's short word on the autosave: 已保存 (and when), 正在保存…, or 保存失败 (the banner below says why). */
export function SaveStatus(props: { state: SaveState }) {
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

/** Below the bar, in full: the bar only says 保存失败, so the title and buttons keep their room. */
export function SaveErrorBanner(props: { message: string; onRetry: () => void }) {
  return (
    <div className="banner error save-error" role="alert">
      <span>草稿未能保存：{props.message}。修改仍保留在内存中，稍后自动重试；返回草稿列表和导出前也会先保存。</span>
      <button type="button" onClick={props.onRetry}>
        立即重试
      </button>
    </div>
  );
}
