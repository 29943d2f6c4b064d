import { useMemo } from 'react';
import type { DraftSummary, OpenedDraft } from '../../../shared/api/contract';
import { draftsByYear } from '../logic/draftGroups';
import { DraftRow } from './DraftRow';
import type { Act } from './useDraftLibrary';

/** The drafts grouped by report year, newest first (null: still being read). */
export function DraftList(props: {
  drafts: readonly DraftSummary[] | null;
  act: Act;
  open: (id: string) => Promise<void>;
  onOpen: (opened: OpenedDraft, notice?: undefined, fromExport?: boolean) => void;
}) {
  const { drafts } = props;
  const groups = useMemo(() => draftsByYear(drafts ?? []), [drafts]);
  return (
    <section className="drafts" aria-label="草稿列表">
      {drafts === null && <p className="hint">正在读取…</p>}
      {drafts !== null && drafts.length === 0 && <p className="hint">还没有草稿。选择年度后点“新建”。</p>}
      {groups.map(([year, list]) => (
        <div key={year} className="year-group">
          <h2>{year}年度</h2>
          <ul className="draft-list">
            {list.map((d) => (
              <DraftRow key={d.id} draft={d} act={props.act} open={props.open} onOpen={props.onOpen} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
