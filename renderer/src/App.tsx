import { useCallback, useEffect, useState } from 'react';
import type { OpenedDraft } from '../../shared/api/contract';
import type { MenuCommand } from '../../shared/api/channels';
import { api, errorMessage } from './api';
import { BatchScreen } from './batch/BatchScreen';
import { Editor } from './editor/Editor';
import { Home } from './home/Home';
import type { Notice } from './common/MessageBanner';
import type { NavTarget } from './logic/findings';
import { parseRoute, routeHash } from './logic/route';

type Screen =
  | { readonly kind: 'loading' }
  | { readonly kind: 'home'; readonly error?: string; readonly command?: MenuCommand | undefined }
  /** 批量检查; `jobId`: the batch to show again (back from one of its reports). */
  | { readonly kind: 'batch'; readonly jobId: string | null }
  | {
      readonly kind: 'editor';
      readonly opened: OpenedDraft;
      readonly part: NavTarget;
      readonly key: number;
      readonly notice?: Notice | undefined;
      /** An exported version: read-only, with 另存为新草稿. */
      readonly fromExport?: boolean;
      /** A report opened from 批量检查: 返回 goes back to that batch's results. */
      readonly batchJobId?: string | undefined;
    };

let openCount = 0;

export function App() {
  const [screen, setScreen] = useState<Screen>(() =>
    parseRoute(window.location.hash) ? { kind: 'loading' } : { kind: 'home' },
  );

  // A reload (or the app's restart at the same URL) reopens the draft from disk.
  useEffect(() => {
    const route = parseRoute(window.location.hash);
    if (!route) return;
    let live = true;
    api()
      .openDraft(route.draftId)
      .then(
        (opened) => live && setScreen({ kind: 'editor', opened, part: route.part, key: ++openCount }),
        (err: unknown) => {
          if (!live) return;
          history.replaceState(null, '', window.location.pathname);
          setScreen({ kind: 'home', error: `无法打开草稿：${errorMessage(err)}` });
        },
      );
    return () => {
      live = false;
    };
  }, []);

  const open = useCallback((opened: OpenedDraft, notice?: Notice, fromExport = false) => {
    // Exported versions are not addressable by draft id alone: they are not put in the URL.
    if (!opened.readOnly) history.replaceState(null, '', routeHash({ draftId: opened.draft.id, part: 'front' }));
    setScreen({ kind: 'editor', opened, part: 'front', key: ++openCount, notice, fromExport });
  }, []);
  const home = useCallback((command?: MenuCommand) => {
    history.replaceState(null, '', window.location.pathname);
    setScreen({ kind: 'home', command });
  }, []);

  if (screen.kind === 'loading') return <p className="hint loading">正在打开草稿…</p>;
  if (screen.kind === 'home')
    return (
      <Home
        onOpen={open}
        onBatch={() => setScreen({ kind: 'batch', jobId: null })}
        initialError={screen.error}
        initialCommand={screen.command}
      />
    );
  if (screen.kind === 'batch')
    return (
      <BatchScreen
        jobId={screen.jobId}
        // Read-only like an exported version, so 另存为新草稿 starts a draft from it.
        onOpen={(opened, jobId, notice) =>
          setScreen({
            kind: 'editor',
            opened,
            part: 'front',
            key: ++openCount,
            notice,
            fromExport: true,
            batchJobId: jobId,
          })
        }
        onOpenDraft={(opened, notice) => open(opened, notice)}
        onClose={home}
      />
    );
  const batchJobId = screen.batchJobId;
  return (
    <Editor
      key={screen.key}
      opened={screen.opened}
      initialPart={screen.part}
      notice={screen.notice}
      fromExport={screen.fromExport ?? false}
      onOpen={open}
      // A menu command (新建, 导入) still goes home; 返回 goes back to the batch.
      onClose={batchJobId ? (then) => (then ? home(then) : setScreen({ kind: 'batch', jobId: batchJobId })) : home}
    />
  );
}
