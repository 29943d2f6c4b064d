import { describe, expect, it } from 'vitest';
import { initialBounds } from '../../../electron/windowState';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const rightMonitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('where the window opens', () => {
  it('opens at the default size, placed by the system, the first time', () => {
    expect(initialBounds(null, [laptop])).toEqual({ width: 1280, height: 860 });
  });

  it('opens where it was closed when that place is on a screen', () => {
    const state = { x: 1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(initialBounds(state, [laptop, rightMonitor])).toEqual({ x: 1500, y: 100, width: 1200, height: 800 });
  });

  it('keeps the size but lets the system place it when its old place is on no screen any more', () => {
    const state = { x: 1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(initialBounds(state, [laptop])).toEqual({ width: 1200, height: 800 });
    // Only a sliver of the title bar left on screen is as bad as none.
    expect(initialBounds({ ...state, x: 1350 }, [laptop])).toEqual({ width: 1200, height: 800 });
    expect(initialBounds({ ...state, x: 100, y: -600 }, [laptop])).toEqual({ width: 1200, height: 800 });
  });
});
