import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../../shared/api/channels';
import type { DraftSummary, ExportedVersion, OpenedDraft, Settings } from '../../../shared/api/contract';
import { localDateTime } from '../../../shared/model';
import type { AgencyProfile } from '../../../shared/model';
import { FORMAT_IDS, formatForYear, getFormat } from '../../../shared/templates';
import type { FormatId } from '../../../shared/templates';
import { api, errorMessage } from '../api';
import { onMenuCommand } from '../logic/menu';
import { AgencyProfileForm } from './AgencyProfileForm';

export interface Notice {
  readonly text: string;
  readonly lines: readonly string[];
}

export const FORMAT_LABEL: Record<FormatId, string> = { '2019': '2019年格式（试行）', '2021': '2021年格式' };

type Loaded = { drafts: DraftSummary[]; trash: DraftSummary[]; settings: Settings } | { error: string };

async function load(): Promise<Loaded> {
  try {
    const [drafts, trash, settings] = await Promise.all([api().listDrafts(), api().listTrash(), api().getSettings()]);
    return { drafts, trash, settings };
  } catch (err) {
    return { error: errorMessage(err) };
  }
}

interface Props {
  /** `notice`: what to tell the user in the editor (the importer's coverage report). */
  onOpen: (opened: OpenedDraft, notice?: Notice) => void;
  initialError?: string | undefined;
  /** A menu command given in the editor that is carried out here (新建, 导入). */
  initialCommand?: MenuCommand | undefined;
}

/** Home: the drafts by year, newest first, with every action on them, the agency profile and the trash. */
export function Home({ onOpen, initialError, initialCommand }: Props) {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [trash, setTrash] = useState<DraftSummary[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean; lines?: readonly string[] } | null>(
    initialError ? { text: initialError, error: true } : null,
  );
  const [showProfile, setShowProfile] = useState(false);

  const apply = useCallback((loaded: Loaded) => {
    if ('error' in loaded) {
      setMessage({ text: `读取草稿列表失败：${loaded.error}`, error: true });
      setDrafts([]);
      return;
    }
    setDrafts(loaded.drafts);
    setTrash(loaded.trash);
    setSettings(loaded.settings);
  }, []);
  const refresh = useCallback(() => load().then(apply), [apply]);

  useEffect(() => {
    let live = true;
    void load().then((loaded) => live && apply(loaded));
    return () => {
      live = false;
    };
  }, [apply]);

  /** Runs an action, reports its failure in Chinese, refreshes the list. */
  const act = useCallback(
    async (what: string, fn: () => Promise<unknown>) => {
      try {
        await fn();
      } catch (err) {
        setMessage({ text: `${what}失败：${errorMessage(err)}`, error: true });
      }
      await refresh();
    },
    [refresh],
  );

  const openById = (id: string) => act('打开草稿', async () => onOpen(await api().openDraft(id)));

  // While an import runs (in a worker in main), a 取消 button stops it; importReport then resolves to null.
  const [importing, setImporting] = useState(false);
  const importReport = () =>
    act('导入已发布年报', async () => {
      setImporting(true);
      const result = await api()
        .importReport()
        .finally(() => setImporting(false));
      if (!result) return;
      onOpen(await api().openDraft(result.draft.id), {
        text: '已从已发布的年报导入，请逐项核对：',
        lines: result.coverage,
      });
    });

  // The app menu: 新建 puts the cursor in 报告年度, 导入 opens the file dialog.
  const [focusYear, setFocusYear] = useState(0);
  const onMenu = useRef<(command: MenuCommand) => void>(() => undefined);
  useEffect(() => {
    onMenu.current = (command) => {
      if (command === 'newDraft') setFocusYear((n) => n + 1);
      else if (command === 'importReport') void importReport();
    };
  });
  useEffect(() => onMenuCommand(window, (command) => onMenu.current(command)), []);
  const pendingCommand = useRef(initialCommand);
  useEffect(() => {
    const command = pendingCommand.current;
    pendingCommand.current = undefined;
    if (command) onMenu.current(command);
  }, []);

  const groups = useMemo(() => {
    const byYear = new Map<number, DraftSummary[]>();
    for (const d of drafts ?? []) byYear.set(d.year, [...(byYear.get(d.year) ?? []), d]);
    return [...byYear.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([year, list]) => [year, list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))] as const);
  }, [drafts]);

  const saveProfile = async (agency: AgencyProfile) => {
    try {
      setSettings(await api().updateAgencyProfile(agency));
      setMessage({ text: '机关信息已保存', error: false });
    } catch (err) {
      setMessage({ text: `保存机关信息失败：${errorMessage(err)}`, error: true });
    }
  };

  return (
    <div className="home">
      <header className="home-header">
        <h1>年报编制助手</h1>
        <span className="subtitle">政府信息公开工作年度报告</span>
        <span className="spacer" />
        <span className="agency-name">{settings?.agency.name || '（未填写机关信息）'}</span>
        <button type="button" onClick={() => setShowProfile((v) => !v)}>
          {showProfile ? '收起机关信息' : '机关信息'}
        </button>
      </header>

      {message && (
        <div className={message.error ? 'banner error' : 'banner'} role={message.error ? 'alert' : 'status'}>
          <span>{message.text}</span>
          {message.lines && (
            <ul className="coverage">
              {message.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
          <button type="button" className="link" onClick={() => setMessage(null)}>
            关闭
          </button>
        </div>
      )}

      {importing && (
        <div className="banner" role="status">
          <span>正在导入已发布的年报……</span>
          <button type="button" onClick={() => void api().cancelImport()}>
            取消
          </button>
        </div>
      )}

      {(showProfile || (settings !== null && settings.agency.name === '')) && settings && (
        <section className="card">
          <h2>机关信息</h2>
          <AgencyProfileForm key={JSON.stringify(settings.agency)} profile={settings.agency} onSave={saveProfile} />
        </section>
      )}

      <section className="card">
        <h2>新建年度报告</h2>
        <NewDraftForm
          onCreate={(year, format) =>
            act('新建草稿', async () => {
              const draft = await api().createDraft({ year, format });
              onOpen(await api().openDraft(draft.id));
            })
          }
          onImport={() => void importReport()}
          focusYear={focusYear}
        />
      </section>

      <section className="drafts" aria-label="草稿列表">
        {drafts === null && <p className="hint">正在读取…</p>}
        {drafts !== null && drafts.length === 0 && <p className="hint">还没有草稿。选择年度后点“新建”。</p>}
        {groups.map(([year, list]) => (
          <div key={year} className="year-group">
            <h2>{year}年度</h2>
            <ul className="draft-list">
              {list.map((d) => (
                <DraftRow key={d.id} draft={d} act={act} onOpenDraft={openById} onOpen={onOpen} />
              ))}
            </ul>
          </div>
        ))}
      </section>

      {trash.length > 0 && (
        <section className="card trash" aria-label="回收站">
          <h2>回收站</h2>
          <ul className="draft-list">
            {trash.map((d) => (
              <li key={d.id} className="draft-row">
                <span className="draft-title">{d.title}</span>
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
      )}
    </div>
  );
}

function NewDraftForm(props: {
  onCreate: (year: number, format: FormatId) => void;
  onImport: () => void;
  /** Changes when the menu's 新建 asks for the year field. */
  focusYear: number;
}) {
  const yearRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.focusYear === 0) return;
    yearRef.current?.focus();
    yearRef.current?.select();
  }, [props.focusYear]);
  // Reports are written in January for the year just ended.
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [format, setFormat] = useState<FormatId | null>(null);
  const chosen = format ?? formatForYear(year);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2200;
  return (
    <div className="new-draft">
      <label>
        <span>报告年度</span>
        <input
          ref={yearRef}
          type="number"
          aria-label="报告年度"
          value={Number.isNaN(year) ? '' : year}
          min={2000}
          max={2200}
          onChange={(e) => {
            setYear(e.target.valueAsNumber);
            setFormat(null);
          }}
        />
      </label>
      <label>
        <span>格式</span>
        <select aria-label="格式" value={chosen} onChange={(e) => setFormat(e.target.value as FormatId)}>
          {FORMAT_IDS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABEL[f]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" disabled={!valid} onClick={() => props.onCreate(year, chosen)}>
        新建
      </button>
      <span className="hint">{getFormat(chosen).issuedBy}</span>
      <span className="spacer" />
      <button type="button" onClick={props.onImport}>
        从已发布年报导入
      </button>
    </div>
  );
}

function DraftRow(props: {
  draft: DraftSummary;
  act: (what: string, fn: () => Promise<unknown>) => Promise<void>;
  onOpenDraft: (id: string) => Promise<void>;
  onOpen: (opened: OpenedDraft) => void;
}) {
  const { draft: d, act, onOpen } = props;
  const [renaming, setRenaming] = useState<string | null>(null);
  const [exports, setExports] = useState<ExportedVersion[] | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  return (
    <li className={d.damaged ? 'draft-row damaged' : 'draft-row'} data-draft-id={d.id}>
      {renaming === null ? (
        <button
          type="button"
          className="draft-title link"
          disabled={d.damaged}
          onClick={() => void props.onOpenDraft(d.id)}
          title="打开"
        >
          {d.title}
        </button>
      ) : (
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            void act('重命名', () => api().renameDraft(d.id, renaming)).then(() => setRenaming(null));
          }}
        >
          <input autoFocus aria-label="新名称" value={renaming} onChange={(e) => setRenaming(e.target.value)} />
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
      ) : d.errorCount > 0 ? (
        <span className="badge error">{d.errorCount} 个错误</span>
      ) : (
        <span className="badge ok">无错误</span>
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
          <button type="button" onClick={() => void props.onOpenDraft(d.id)}>
            打开
          </button>
          <button
            type="button"
            onClick={() =>
              void act('基于上年新建', async () => {
                const next = await api().createFromPrevious(d.id);
                onOpen(await api().openDraft(next.id));
              })
            }
          >
            基于此稿新建{d.year + 1}年度
          </button>
          <button type="button" onClick={() => void act('复制草稿', () => api().duplicateDraft(d.id))}>
            复制
          </button>
          <button type="button" onClick={() => setRenaming(d.title)}>
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
                onClick={() => void act('打开导出版本', async () => onOpen(await api().openExport(d.id, x.id)))}
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
