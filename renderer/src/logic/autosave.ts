/**
 * Autosave: the latest draft is saved within `delayMs` of the last change. A failed save keeps the draft in memory,
 * reports the error, and is retried on the next change, by `flush()` and after `retryMs`. Timers are injected so the
 * behaviour is testable without a DOM.
 */
export type SaveState =
  | { readonly kind: 'saved'; readonly savedAt: string | null }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'error'; readonly message: string };

export interface AutoSaverOptions<T> {
  readonly save: (value: T) => Promise<{ savedAt: string }>;
  readonly onState: (state: SaveState) => void;
  readonly delayMs?: number;
  readonly retryMs?: number;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
  readonly describeError?: (err: unknown) => string;
}

export class AutoSaver<T> {
  private pending: T | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private readonly delayMs: number;
  private readonly retryMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: AutoSaverOptions<T>) {
    this.delayMs = options.delayMs ?? 700;
    this.retryMs = options.retryMs ?? 5000;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** Whether there are edits not yet written. */
  get dirty(): boolean {
    return this.pending !== null;
  }

  /** Whether anything is not known to be on disk yet: edits waiting, or a save still under way. */
  get unsaved(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  /** The reason the last save failed, until a save succeeds. */
  private lastError: string | null = null;

  change(value: T): void {
    this.pending = value;
    // Emitted once per burst of typing, not per keystroke: each emission re-renders the status.
    this.emit({ kind: 'pending' });
    this.schedule(this.delayMs);
  }

  private last: SaveState | null = null;
  private emit(state: SaveState): void {
    if (state.kind === 'pending' && this.last?.kind === 'pending') return;
    this.last = state;
    this.options.onState(state);
  }

  /**
   * Saves now (before export, leaving the editor, closing the window, or the user's retry); resolves when nothing is
   * pending, rejects with the save's own reason (as `describeError` put it) when the edits are still only in memory.
   */
  async flush(): Promise<void> {
    this.cancelTimer();
    if (this.inFlight) await this.inFlight;
    if (this.pending !== null) await this.run();
    if (this.pending !== null) throw new Error(this.lastError ?? '保存失败，修改仍保留在内存中');
  }

  dispose(): void {
    this.cancelTimer();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight; // the save in flight reschedules when it ends
    const value = this.pending;
    if (value === null) return Promise.resolve();
    this.pending = null;
    this.emit({ kind: 'saving' });
    this.inFlight = this.options.save(value).then(
      (result) => {
        this.inFlight = null;
        this.lastError = null;
        if (this.pending !== null) this.schedule(0);
        else this.emit({ kind: 'saved', savedAt: result.savedAt });
      },
      (err: unknown) => {
        this.inFlight = null;
        if (this.pending === null) this.pending = value; // keep the edits; a newer change wins
        const message = this.options.describeError?.(err) ?? String(err);
        this.lastError = message;
        this.emit({ kind: 'error', message });
        this.schedule(this.retryMs);
      },
    );
    return this.inFlight;
  }
}
