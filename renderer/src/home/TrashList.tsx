import type { DraftSummary } from '../../../shared/api/contract';
import { localDateTime } from '../../../shared/model';
import { api } from '../api';
import { FORMAT_LABEL } from '../logic/formatLabel';
import type { Act } from './useDraftLibrary';

/** 回收站: deleted drafts, each with 恢复; not shown while empty. */
export function TrashList(props: { trash: readonly DraftSummary[]; act: Act }) {
  const { trash, act } = props;
  if (trash.length === 0) return null;
  return (
    <section className="card trash" aria-label="回收站">
      <h2>回收站</h2>
      <ul className="draft-list">
        {trash.map((d) => (
          <li key={d.id} className="draft-row">
            <span className="draft-title">{d.name}</span>
            <span className="meta">{FORMAT_LABEL[d.format]}</span>
            <span className="meta">{localDateTime(d.updatedAt)}</span>
            <span className="spacer" />
            <button type="button" onClick={() => void act('恢复草稿', () => api().restoreFromTrash(d.id))}>
              恢复
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
