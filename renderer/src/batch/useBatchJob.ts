import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchTable } from '../../../shared/api/contract';
import { api, errorMessage } from '../api';

export type BatchState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'choosing' }
  | {
      readonly kind: 'running';
      readonly jobId: string;
      readonly folder: string;
      readonly done: number;
      readonly total: number;
      readonly file: string;
      readonly etaSeconds: number | null;
    }
  | { readonly kind: 'done'; readonly jobId: string; readonly table: BatchTable };

/** Often enough for a bar that moves with each file (a report takes a fraction of a second), rare enough to be free. */
const POLL_MS = 250;

interface PollContext {
  readonly live: { readonly current: boolean };
  readonly timer: { current: ReturnType<typeof setTimeout> | undefined };
  readonly setState: (state: BatchState) => void;
  readonly setError: (message: string) => void;
}

/** Asks for the batch's status, and again after POLL_MS while it runs. */
function pollJob(jobId: string, folder: string, ctx: PollContext): void {
  clearTimeout(ctx.timer.current);
  api()
    .batchProgress(jobId)
    .then(
      (status) => {
        if (!ctx.live.current) return;
        if (status.state === 'running') {
          ctx.setState({ kind: 'running', jobId, folder, ...status });
          ctx.timer.current = setTimeout(() => pollJob(jobId, folder, ctx), POLL_MS);
        } else if (status.state === 'done') ctx.setState({ kind: 'done', jobId, table: status.table });
        else {
          ctx.setState({ kind: 'idle' });
          if (status.state === 'failed') ctx.setError(status.message);
        }
      },
      (err: unknown) => {
        if (!ctx.live.current) return;
        ctx.setState({ kind: 'idle' });
        ctx.setError(errorMessage(err));
      },
    );
}

/**
 * One batch of the screen: started with the folder dialog, polled until done (the job runs on worker threads in main),
 * stopped with 取消. `resumeJobId`: a batch started earlier (back from a report opened from it) is shown again.
 */
export function useBatchJob(resumeJobId: string | null) {
  const [state, setState] = useState<BatchState>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const poll = useCallback((jobId: string, folder: string) => {
    pollJob(jobId, folder, { live, timer, setState, setError });
  }, []);

  useEffect(() => {
    live.current = true;
    // The timer object itself, not its current value: the pending poll is the one set last.
    const pending = timer;
    if (resumeJobId) poll(resumeJobId, '');
    return () => {
      live.current = false;
      clearTimeout(pending.current);
    };
  }, [poll, resumeJobId]);

  const start = useCallback(async () => {
    setError(null);
    setState({ kind: 'choosing' });
    try {
      const started = await api().startBatch();
      if (!live.current) return;
      if (!started) {
        setState({ kind: 'idle' });
        return;
      }
      setState({
        kind: 'running',
        jobId: started.jobId,
        folder: started.folder,
        done: 0,
        total: started.total,
        file: '',
        etaSeconds: null,
      });
      poll(started.jobId, started.folder);
    } catch (err) {
      if (!live.current) return;
      setState({ kind: 'idle' });
      setError(errorMessage(err));
    }
  }, [poll]);

  const cancel = useCallback(async () => {
    if (state.kind !== 'running') return;
    clearTimeout(timer.current);
    await api()
      .cancelBatch(state.jobId)
      .catch(() => undefined);
    if (live.current) setState({ kind: 'idle' });
  }, [state]);

  return { state, error, setError, start, cancel };
}
