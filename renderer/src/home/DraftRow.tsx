import { useState } from 'react';
import type { DraftSummary, ExportedVersion, OpenedDraft } from '../../../shared/api/contract';
import { localDateTime } from '../../../shared/model';
import { api } from '../api';
import { completenessText } from '../logic/completenessText';
import { FORMAT_LABEL } from '../logic/formatLabel';
import type { Act } from './useDraftLibrary';

/**
 * One draft in the list: open, carry over to next year, duplicate, rename, its exported versions, delete; a damaged
 * draft offers only its backup.
 */
export function DraftRow(props: {
  draft: DraftSummary;
  act: Act;
  /** Opens the draft with this id. */
  open: (id: string) => Promise<void>;
  /** `fromExport`: an exported version, opened read-only (the editor offers 另存为新草稿). */
  onOpen: (opened: OpenedDraft, notice?: undefined, fromExport?: boolean) => void;
}) {
  const { draft: d, act, open, onOpen } = props;
  const [renaming, setRenaming] = useState<string | null>(null);
  const [exports, setExports] = useState<ExportedVersion[] | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const openThis = () => void act('打开草稿', () => open(d.id));

  return (
    <li className={d.damaged ? 'draft-row damaged' : 'draft-row'} data-draft-id={d.id}>
      {renaming === null ? (
        <span className="draft-names">
          <button type="button" className="draft-title link" disabled={d.damaged} onClick={openThis} title="打开">
            {d.name}
          </button>
          {d.name !== d.title && <span className="printed-title">报告标题：{d.title}</span>}
        </span>
      ) : (
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            void act('重命名', () => api().renameDraft(d.id, renaming)).then(() => setRenaming(null));
          }}
        >
          <input
            autoFocus
            aria-label="新名称"
            title="只改列表中的名称，报告标题在编辑器的“标题与引言”中修改"
            value={renaming}
            onChange={(e) => setRenaming(e.target.value)}
          />
          <button type="submit">确定</button>
          <button type="button" onClick={() => setRenaming(null)}>
            取消
          </button>
        </form>
      )}
      <span className="meta">{d.agency || '（未填机关）'}</span>
      <span className="meta">{FORMAT_LABEL[d.format]}</span>
      <span className="meta">更新于 {localDateTime(d.updatedAt)}</span>
      {d.damaged ? (
        <span className="badge error" title={d.problem ?? ''}>
          文件损坏
        </span>
      ) : (
        <DraftStatus draft={d} />
      )}
      <span className="break" />
      {d.damaged ? (
        <button
          type="button"
          onClick={() => void act('从备份恢复', async () => onOpen(await api().restoreFromBackup(d.id)))}
        >
          从备份恢复
        </button>
      ) : (
        <>
          <button type="button" onClick={openThis}>
            打开
          </button>
          <button
            type="button"
            onClick={() => void act('基于上年新建', async () => open((await api().createFromPrevious(d.id)).id))}
          >
            基于此稿新建{d.year + 1}年度
          </button>
          <button type="button" onClick={() => void act('复制草稿', () => api().duplicateDraft(d.id))}>
            复制
          </button>
          <button type="button" onClick={() => setRenaming(d.name)}>
            重命名
          </button>
          {d.exportCount > 0 && (
            <button
              type="button"
              onClick={() =>
                exports
                  ? setExports(null)
                  : void act('读取导出版本', async () => setExports(await api().listExports(d.id)))
              }
            >
              导出版本（{d.exportCount}）
            </button>
          )}
        </>
      )}
      {confirmDelete ? (
        <span className="confirm">
          移到回收站？
          <button type="button" className="danger" onClick={() => void act('删除草稿', () => api().deleteDraft(d.id))}>
            确定删除
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            取消
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirmDelete(true)}>
          删除
        </button>
      )}
      {d.problem && <p className="problem">{d.problem}</p>}
      {exports && (
        <ul className="exports">
          {exports.length === 0 && <li className="hint">没有导出版本</li>}
          {exports.map((x) => (
            <li key={x.id}>
              <span>{localDateTime(x.exportedAt)}</span>
              <span className="meta">{x.fileName}</span>
              <button
                type="button"
                onClick={() =>
                  void act('打开导出版本', async () => onOpen(await api().openExport(d.id, x.id), undefined, true))
                }
              >
                只读打开
              </button>
              <button
                type="button"
                onClick={() => void act('打开所在文件夹', () => api().showExportInFolder(d.id, x.id))}
              >
                打开所在文件夹
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Errors, and how far the draft is: "无错误" only for a draft with every cell filled and every part written. */
function DraftStatus({ draft: d }: { draft: DraftSummary }) {
  const status = d.completeness ? completenessText(d.completeness, d.format) : null;
  return (
    <>
      {d.errorCount > 0 && <span className="badge error">{d.errorCount} 个错误</span>}
      {status && (
        <span className="completeness" title={status.title}>
          {status.items.join(' · ')}
        </span>
      )}
      {d.errorCount === 0 && status?.complete && <span className="badge ok">已填完 · 无错误</span>}
    </>
  );
}
