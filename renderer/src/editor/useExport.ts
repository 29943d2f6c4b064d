import { useState } from 'react';
import type { ExportedVersion } from '../../../shared/api/contract';
import { api, errorMessage } from '../api';

/** Where 导出 .docx stands: asking past the errors, exporting, the file written, or why not. */
export type ExportStage =
  | { readonly kind: 'confirm' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly version: ExportedVersion }
  | { readonly kind: 'error'; readonly message: string };

/**
 * 导出 .docx: the draft is saved first (an unsaved draft is not exported), and a report with errors (refused inputs
 * included) is exported only once the user confirms.
 */
export function useExport(options: { flush: () => Promise<void>; draftId: string; errorCount: number }) {
  const { flush, draftId, errorCount } = options;
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
    if (errorCount > 0) setStage({ kind: 'confirm' });
    else await run();
  };

  return { stage, start, run, dismiss: () => setStage(null) };
}
