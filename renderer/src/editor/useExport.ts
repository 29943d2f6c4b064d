import { useState } from 'react';
import type { ExportedVersion } from '../../../shared/api/contract';
import { api, errorMessage } from '../api';

/** Where 导出 .docx stands: asking past what is open, exporting, the file written, or why not. */
export type ExportStage =
  | { readonly kind: 'confirm' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly version: ExportedVersion }
  | { readonly kind: 'error'; readonly message: string };

/**
 * 导出 .docx: the draft is saved first (an unsaved draft is not exported); when `shouldAsk` says there is something to
 * look at first (open errors or warnings, refused inputs, headings that will not be printed), the user confirms.
 */
export function useExport(options: { flush: () => Promise<void>; draftId: string; shouldAsk: () => boolean }) {
  const { flush, draftId, shouldAsk } = options;
  const [stage, setStage] = useState<ExportStage | null>(null);

  const run = async () => {
    setStage({ kind: 'busy' });
    try {
      const version = await api().exportDocx(draftId);
      setStage(version ? { kind: 'done', version } : null);
    } catch (err) {
      setStage({ kind: 'error', message: errorMessage(err) });
    }
  };
  const start = async () => {
    try {
      await flush();
    } catch (err) {
      setStage({ kind: 'error', message: `草稿未能保存，无法导出：${errorMessage(err)}` });
      return;
    }
    if (shouldAsk()) setStage({ kind: 'confirm' });
    else await run();
  };

  return { stage, start, run, dismiss: () => setStage(null) };
}
