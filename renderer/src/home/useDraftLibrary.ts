import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary, Settings } from '../../../shared/api/contract';
import type { AgencyProfile } from '../../../shared/model';
import { api, errorMessage } from '../api';

interface Library {
  /** null until first read. */
  readonly drafts: DraftSummary[] | null;
  readonly trash: DraftSummary[];
  readonly settings: Settings | null;
}

export interface HomeMessage {
  readonly text: string;
  readonly error: boolean;
}

/** Runs an action on the drafts, reports its failure in Chinese (`what` names it), refreshes the lists. */
export type Act = (what: string, fn: () => Promise<unknown>) => Promise<void>;

type Loaded = { drafts: DraftSummary[]; trash: DraftSummary[]; settings: Settings } | { error: string };

async function load(): Promise<Loaded> {
  try {
    const [drafts, trash, settings] = await Promise.all([api().listDrafts(), api().listTrash(), api().getSettings()]);
    return { drafts, trash, settings };
  } catch (err) {
    return { error: errorMessage(err) };
  }
}

/** The home screen's data: the drafts, the trash and the settings as last read, and the message to the user. */
export function useDraftLibrary(initialError: string | undefined) {
  const [library, setLibrary] = useState<Library>({ drafts: null, trash: [], settings: null });
  const [message, setMessage] = useState<HomeMessage | null>(initialError ? { text: initialError, error: true } : null);

  const apply = useCallback((loaded: Loaded) => {
    if ('error' in loaded) {
      setMessage({ text: `读取草稿列表失败：${loaded.error}`, error: true });
      setLibrary((l) => ({ ...l, drafts: [] }));
      return;
    }
    setLibrary(loaded);
  }, []);
  const refresh = useCallback(() => load().then(apply), [apply]);

  useEffect(() => {
    let live = true;
    void load().then((loaded) => live && apply(loaded));
    return () => {
      live = false;
    };
  }, [apply]);

  const act: Act = useCallback(
    async (what, fn) => {
      try {
        await fn();
      } catch (err) {
        setMessage({ text: `${what}失败：${errorMessage(err)}`, error: true });
      }
      await refresh();
    },
    [refresh],
  );

  const saveProfile = async (agency: AgencyProfile) => {
    try {
      const settings = await api().updateAgencyProfile(agency);
      setLibrary((l) => ({ ...l, settings }));
      setMessage({ text: '机关信息已保存', error: false });
    } catch (err) {
      setMessage({ text: `保存机关信息失败：${errorMessage(err)}`, error: true });
    }
  };

  return { ...library, message, dismissMessage: () => setMessage(null), act, saveProfile };
}
