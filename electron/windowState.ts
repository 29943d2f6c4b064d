/**
 * Where the window opens: the size and place it had when it was closed, unless that place is on no screen any more (a
 * monitor unplugged, a laptop undocked) — then the system centres it, rather than open it somewhere nobody can see.
 */
import type { WindowState } from './backend/store';

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const DEFAULT_SIZE = { width: 1280, height: 860 };
/** Enough of the title bar to grab the window by. */
const GRAB = { width: 120, height: 40 };

export function initialBounds(
  state: WindowState | null | undefined,
  workAreas: readonly Area[],
): { width: number; height: number; x?: number; y?: number } {
  if (!state) return { ...DEFAULT_SIZE };
  const size = { width: state.width, height: state.height };
  if (state.x === undefined || state.y === undefined) return size;
  const { x, y } = state;
  const grabbable = workAreas.some((a) => {
    const left = Math.max(x, a.x);
    const right = Math.min(x + state.width, a.x + a.width);
    const top = Math.max(y, a.y);
    const bottom = Math.min(y + GRAB.height, a.y + a.height);
    return right - left >= GRAB.width && bottom - top >= GRAB.height / 2;
  });
  return grabbable ? { ...size, x, y } : size;
}
