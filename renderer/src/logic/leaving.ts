/**
 * Leaving the page without losing anything silently: the window's close asks the editor (RENDERER_FLUSH_HOOK) and the
 * main process asks the user; a reload or a closed tab in a browser (the web bridge) gets the browser's own
 * `beforeunload` question.
 */
import type { FlushResult } from '../../../shared/api/channels';

/** The editor's answer to the window's close: the pending save written, or why not, and the refused inputs. */
export async function flushForClose(
  flush: () => Promise<void>,
  refusedCount: number,
  readOnly: boolean,
): Promise<FlushResult> {
  // A read-only version has no edits and no refused inputs: nothing of the user's is in the page.
  if (readOnly) return { saved: true, refusedCount: 0 };
  try {
    await flush();
    return { saved: true, refusedCount };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { saved: false, message, refusedCount };
  }
}

/**
 * Asks the browser to confirm a reload or close (`beforeunload`) while `atRisk()` says something would be lost.
 * Returns the function that stops it.
 */
export function guardUnload(target: EventTarget, atRisk: () => boolean): () => void {
  const listener = (e: Event) => {
    if (!atRisk()) return;
    e.preventDefault();
    // Older engines (and Electron's documentation) go by returnValue as well.
    (e as Event & { returnValue: unknown }).returnValue = true;
  };
  target.addEventListener('beforeunload', listener);
  return () => target.removeEventListener('beforeunload', listener);
}
