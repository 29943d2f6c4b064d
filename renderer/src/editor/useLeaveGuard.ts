import { useEffect, useState } from 'react';
import { RENDERER_FLUSH_HOOK } from '../../../shared/api/channels';
import type { MenuCommand } from '../../../shared/api/channels';
import type { AutoSaver } from '../logic/autosave';
import { flushForClose, guardUnload } from '../logic/leaving';

/**
 * Leaving the editor without losing anything silently: back to the drafts only once the last edits are written, and
 * after asking when refused inputs would be dropped; the window's close and a reload are guarded the same way.
 */
export function useLeaveGuard(options: {
  saver: Pick<AutoSaver<unknown>, 'flush' | 'dirty' | 'unsaved'>;
  readOnly: boolean;
  refusedCount: number;
  /** Back to the drafts; `then`: a menu command to carry out there. */
  onClose: (then?: MenuCommand) => void;
}) {
  const { saver, readOnly, refusedCount, onClose } = options;
  /** Set while the user is asked whether to leave; `then`: what leaving was for. */
  const [asking, setAsking] = useState<{ readonly then: MenuCommand | undefined } | null>(null);

  const close = async (force = false, then?: MenuCommand) => {
    // Refused inputs live only in this editor: leaving drops them, so the user is asked first.
    if (!force && !readOnly && refusedCount > 0) {
      setAsking({ then });
      return;
    }
    try {
      await saver.flush();
      onClose(then);
    } catch {
      // The save status already shows the error; stay, with the edits still in memory.
    }
  };

  // The window's close waits for this (see RENDERER_FLUSH_HOOK): the last edits are written before it goes, and the
  // main process asks the user when that failed or refused inputs would be dropped.
  useEffect(() => {
    const hooks = window as unknown as Record<string, unknown>;
    hooks[RENDERER_FLUSH_HOOK] = () => flushForClose(() => saver.flush(), refusedCount, readOnly);
    return () => {
      delete hooks[RENDERER_FLUSH_HOOK];
    };
  }, [saver, readOnly, refusedCount]);
  // A reload or a closed tab (browser, web bridge): the browser asks while anything is unsaved or refused. The save
  // is started at once, so it may well be done by the time the user answers.
  useEffect(
    () =>
      guardUnload(window, () => {
        if (readOnly) return false;
        const unsaved = saver.unsaved;
        if (saver.dirty) void saver.flush().catch(() => undefined);
        return unsaved || refusedCount > 0;
      }),
    [saver, readOnly, refusedCount],
  );

  return {
    /** Asking whether to leave. */
    asking: asking !== null,
    close,
    /** 仍然离开: leaves for what the question was about. */
    leaveAnyway: () => void close(true, asking?.then),
    /** 返回修改, or a refused input chosen in the question. */
    stay: () => setAsking(null),
  };
}
