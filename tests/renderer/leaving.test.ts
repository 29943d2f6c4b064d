import { describe, expect, it } from 'vitest';
import { flushForClose, guardUnload } from '../../renderer/src/logic/leaving';

/** Node's Event has a read-only returnValue; the browser's BeforeUnloadEvent has a writable one, initially ''. */
function beforeUnload(): Event {
  const e = new Event('beforeunload', { cancelable: true });
  Object.defineProperty(e, 'returnValue', { value: '', writable: true });
  return e;
}
const returnValue = (e: Event): unknown => (e as unknown as { returnValue: unknown }).returnValue;

describe('the editor’s answer to the window’s close', () => {
  it('reports saved, with the refused inputs counted, when the last save went out', async () => {
    let flushed = 0;
    const result = await flushForClose(
      async () => {
        flushed++;
      },
      2,
      false,
    );
    expect(flushed).toBe(1);
    expect(result).toEqual({ saved: true, refusedCount: 2 });
  });

  it('reports not saved with the save’s own reason when the last save failed', async () => {
    const result = await flushForClose(() => Promise.reject(new Error('磁盘空间不足')), 0, false);
    expect(result).toEqual({ saved: false, message: '磁盘空间不足', refusedCount: 0 });
  });

  it('has nothing at risk in a read-only version (no save is attempted)', async () => {
    let flushed = 0;
    const result = await flushForClose(
      async () => {
        flushed++;
      },
      3,
      true,
    );
    expect(result).toEqual({ saved: true, refusedCount: 0 });
    expect(flushed).toBe(0);
  });
});

describe('beforeunload in a browser', () => {
  it('asks (cancels the unload) only while something would be lost, and stops when removed', () => {
    const target = new EventTarget();
    let atRisk = false;
    const stop = guardUnload(target, () => atRisk);
    const calm = beforeUnload();
    target.dispatchEvent(calm);
    expect(calm.defaultPrevented).toBe(false);
    expect(returnValue(calm)).toBe('');

    atRisk = true;
    const risky = beforeUnload();
    target.dispatchEvent(risky);
    expect(risky.defaultPrevented).toBe(true);
    expect(returnValue(risky)).toBe(true);

    stop();
    const after = beforeUnload();
    target.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });
});
