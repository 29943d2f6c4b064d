import { useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../../../shared/api/channels';
import type { DraftSummary, ImportResult, OpenedDraft } from '../../../shared/api/contract';
import { IMPORTABLE_TYPES_TEXT } from '../../../shared/import/fileTypes';
import type { FormatId } from '../../../shared/templates';
import { sameYearDrafts } from '../logic/draftGroups';
import { checkDrop } from '../logic/droppedFile';
import { api } from '../api';
import { MessageBanner } from '../common/MessageBanner';
import type { Notice } from '../common/MessageBanner';
import { useMenuCommand } from '../common/useMenuCommand';
import { AgencyProfileForm } from './AgencyProfileForm';
import { DraftList } from './DraftList';
import { NewDraftForm } from './NewDraftForm';
import { TrashList } from './TrashList';
import { useFileDrop } from './useFileDrop';
import { useDraftLibrary } from './useDraftLibrary';

interface Props {
  /**
   * `notice`: what to tell the user in the editor (the importer's coverage report); `fromExport`: an exported version,
   * read-only, that may be saved as a new draft.
   */
  onOpen: (opened: OpenedDraft, notice?: Notice, fromExport?: boolean) => void;
  /** 批量检查: the screen for checking and summing a folder of reports. */
  onBatch: () => void;
  initialError?: string | undefined;
  /** A menu command given in the editor that is carried out here (新建, 导入). */
  initialCommand?: MenuCommand | undefined;
}

/** Home: the drafts by year, newest first, with every action on them, the agency profile and the trash. */
export function Home({ onOpen, onBatch, initialError, initialCommand }: Props) {
  const { drafts, trash, settings, message, dismissMessage, act, saveProfile } = useDraftLibrary(initialError);
  const [showProfile, setShowProfile] = useState(false);

  const open = async (id: string, notice?: Notice) => onOpen(await api().openDraft(id), notice);

  // While an import runs (in a worker in main), a 取消 button stops it; importReport then resolves to null.
  const [importing, setImporting] = useState(false);
  const create = (year: number, format: FormatId) =>
    void act('新建草稿', async () => open((await api().createDraft({ year, format })).id));
  // 新建 for a year the agency already has a draft of asks first (打开已有 / 仍然新建).
  const [duplicate, setDuplicate] = useState<{
    year: number;
    format: FormatId;
    existing: DraftSummary[];
  } | null>(null);
  const runImport = async (start: () => Promise<ImportResult | null>) => {
    setImporting(true);
    const result = await start().finally(() => setImporting(false));
    if (!result) return;
    await open(result.draft.id, { text: '已从已发布的年报导入，请逐项核对：', coverage: result.coverage });
  };
  const importReport = () => act('导入已发布年报', () => runImport(() => api().importReport()));
  // A file dropped anywhere on the home screen: the page reads it and the backend imports its bytes like a chosen file.
  const dragging = useFileDrop(
    (dropped) =>
      void act('导入拖入的文件', async () => {
        const check = checkDrop(dropped.items);
        if (!check.ok) throw new Error(check.reason);
        const file = dropped.files[check.index]!;
        await runImport(async () => {
          const bytes = await file.arrayBuffer().catch(() => {
            throw new Error(`无法读取「${file.name}」（可能是文件夹，或文件已被移走）`);
          });
          return api().importReportData(file.name, new Uint8Array(bytes));
        });
      }),
  );

  // The app menu: 新建 puts the cursor in 报告年度, 导入 opens the file dialog.
  const [focusYear, setFocusYear] = useState(0);
  const runMenu = useMenuCommand((command) => {
    if (command === 'newDraft') setFocusYear((n) => n + 1);
    else if (command === 'importReport') void importReport();
  });
  const pendingCommand = useRef(initialCommand);
  useEffect(() => {
    const command = pendingCommand.current;
    pendingCommand.current = undefined;
    if (command) runMenu(command);
  }, [runMenu]);

  return (
    <div className="home">
      <header className="home-header">
        <h1>年报编制助手</h1>
        <span className="subtitle">政府信息公开工作年度报告</span>
        <span className="spacer" />
        <span className="agency-name">{settings?.agency.name || '（未填写机关信息）'}</span>
        <button type="button" onClick={onBatch}>
          批量检查
        </button>
        <button type="button" onClick={() => setShowProfile((v) => !v)}>
          {showProfile ? '收起机关信息' : '机关信息'}
        </button>
      </header>

      {dragging && (
        <div className="drop-target" aria-hidden="true">
          <strong>松开鼠标，导入已发布的年报</strong>
          <span>{IMPORTABLE_TYPES_TEXT}</span>
        </div>
      )}

      {message && <MessageBanner text={message.text} error={message.error} onClose={dismissMessage} />}

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
          onCreate={(year, format) => {
            const existing = sameYearDrafts(drafts ?? [], year, settings?.agency.name ?? '');
            if (existing.length > 0) setDuplicate({ year, format, existing });
            else create(year, format);
          }}
          onImport={() => void importReport()}
          focusYear={focusYear}
        />
        {duplicate && (
          <div className="banner warning" role="alertdialog" aria-label="已有同年度草稿">
            <span>
              {duplicate.year}年度已有草稿“{duplicate.existing[0]!.name}”
              {duplicate.existing.length > 1 ? `等 ${duplicate.existing.length} 份` : ''}。
            </span>
            <button
              type="button"
              className="primary"
              onClick={() => {
                setDuplicate(null);
                void act('打开草稿', () => open(duplicate.existing[0]!.id));
              }}
            >
              打开已有
            </button>
            <button
              type="button"
              onClick={() => {
                setDuplicate(null);
                create(duplicate.year, duplicate.format);
              }}
            >
              仍然新建
            </button>
            <button type="button" className="link" onClick={() => setDuplicate(null)}>
              取消
            </button>
          </div>
        )}
      </section>

      <DraftList drafts={drafts} act={act} open={open} onOpen={onOpen} />
      <TrashList trash={trash} act={act} />
    </div>
  );
}
