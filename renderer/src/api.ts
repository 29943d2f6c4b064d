/** The renderer's only way to the main process: the preload's `window.reportStudio`, typed by the shared contract. */
import type { ReportStudioApi } from '../../shared/api/contract';

declare global {
  interface Window {
    readonly reportStudio: ReportStudioApi;
  }
}

export const api = (): ReportStudioApi => window.reportStudio;

/**
 * A Chinese message for a failed call. Electron prefixes rejected invoke errors with
 * "Error invoking remote method '…': Error: "; the message after it is the backend's own.
 */
export function errorMessage(err: unknown): string {
  const raw =
    typeof err === 'object' && err !== null && 'message' in err
      ? String((err as { message: unknown }).message)
      : String(err);
  return raw.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '') || '操作失败';
}
