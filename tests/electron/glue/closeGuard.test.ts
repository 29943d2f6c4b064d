import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  closeQuestion,
  collectFlush,
  FLUSH_HOOK_SCRIPT,
  guardClose,
  readFlushAnswer,
} from '../../../electron/closeGuard';
import type { CloseQuestion } from '../../../electron/closeGuard';
import { RENDERER_FLUSH_HOOK } from '../../../shared/api/channels';

/** A window that closes unless a 'close' listener prevents it, as Electron's does. */
class Win extends EventEmitter {
  closed = false;
  close = vi.fn(() => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  });
  isDestroyed = () => this.closed;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('reading the page’s answer', () => {
  it('calls the hook only if the page defines it', () => {
    expect(FLUSH_HOOK_SCRIPT).toContain(`typeof window[${JSON.stringify(RENDERER_FLUSH_HOOK)}] === 'function'`);
  });

  it('takes a well-formed result, treats null as “no editor open”, and anything else as no answer', () => {
    expect(readFlushAnswer({ saved: true, refusedCount: 0 })).toEqual({
      kind: 'result',
      result: { saved: true, refusedCount: 0 },
    });
    expect(readFlushAnswer({ saved: false, message: ' 磁盘空间不足 ', refusedCount: 2 })).toEqual({
      kind: 'result',
      result: { saved: false, message: '磁盘空间不足', refusedCount: 2 },
    });
    expect(readFlushAnswer(null)).toEqual({ kind: 'no-hook' });
    expect(readFlushAnswer(undefined)).toEqual({ kind: 'no-hook' });
    expect(readFlushAnswer('ok')).toEqual({ kind: 'no-answer' });
    expect(readFlushAnswer({ saved: 'yes', refusedCount: 0 })).toEqual({ kind: 'no-answer' });
    expect(readFlushAnswer({ saved: true, refusedCount: 1.5 })).toEqual({ kind: 'no-answer' });
  });

  it('gives up waiting after the timeout, and counts a failed call as no answer', async () => {
    expect(await collectFlush(() => new Promise(() => undefined), 5)).toEqual({ kind: 'timeout' });
    expect(await collectFlush(() => Promise.reject(new Error('render process gone')), 1000)).toEqual({
      kind: 'no-answer',
    });
    expect(await collectFlush(async () => ({ saved: true, refusedCount: 0 }), 1000)).toEqual({
      kind: 'result',
      result: { saved: true, refusedCount: 0 },
    });
  });
});

describe('the question before closing', () => {
  it('asks nothing when everything is saved and nothing was refused, or no editor is open', () => {
    expect(closeQuestion({ kind: 'result', result: { saved: true, refusedCount: 0 } })).toBeNull();
    expect(closeQuestion({ kind: 'no-hook' })).toBeNull();
  });

  it('names the reason of a failed last save, with 返回编辑 first and 仍然关闭 second', () => {
    const q = closeQuestion({ kind: 'result', result: { saved: false, message: '磁盘空间不足', refusedCount: 0 } })!;
    expect(q.message).toBe('最后的修改未能保存：磁盘空间不足');
    expect(q.buttons).toEqual(['返回编辑', '仍然关闭']);
    expect(q.detail).toContain('仍然关闭');
  });

  it('counts the refused inputs that closing would drop, alone or with a failed save', () => {
    expect(closeQuestion({ kind: 'result', result: { saved: true, refusedCount: 3 } })!.message).toBe(
      '有3处输入未被采用（格式不对），关闭后将丢失',
    );
    expect(
      closeQuestion({ kind: 'result', result: { saved: false, message: '没有访问权限', refusedCount: 1 } })!.message,
    ).toBe('最后的修改未能保存：没有访问权限\n有1处输入未被采用（格式不对），关闭后将丢失');
  });

  it('asks too when the page did not answer in time or at all (whether it saved is unknown)', () => {
    expect(closeQuestion({ kind: 'timeout' }, 3000)!.message).toBe('最后的修改未能保存：保存在 3 秒内没有完成');
    expect(closeQuestion({ kind: 'no-answer' })!.message).toMatch(/^最后的修改未能保存：页面没有回应/);
  });
});

describe('closing the window', () => {
  const failed = { saved: false, message: '磁盘空间不足', refusedCount: 0 };

  it('closes after the flush, remembering the window’s place, when nothing is at risk', async () => {
    const win = new Win();
    const ask = vi.fn(async () => true);
    const beforeClose = vi.fn();
    const guard = guardClose(win, { runHook: async () => ({ saved: true, refusedCount: 0 }), ask, beforeClose });
    win.close();
    expect(win.closed).toBe(false);
    await vi.waitFor(() => expect(win.closed).toBe(true));
    expect(ask).not.toHaveBeenCalled();
    expect(beforeClose).toHaveBeenCalledOnce();
    expect(guard.confirmed()).toBe(true);
  });

  it('stays open, with nothing remembered, when the user chooses 返回编辑; asks again on the next close', async () => {
    const win = new Win();
    const questions: CloseQuestion[] = [];
    let answer = false;
    const beforeClose = vi.fn();
    const guard = guardClose(win, {
      runHook: async () => failed,
      ask: async (q) => {
        questions.push(q);
        return answer;
      },
      beforeClose,
    });
    win.close();
    await vi.waitFor(() => expect(questions).toHaveLength(1));
    await settle();
    expect(win.closed).toBe(false);
    expect(guard.confirmed()).toBe(false);
    expect(beforeClose).not.toHaveBeenCalled();
    expect(questions[0]!.message).toBe('最后的修改未能保存：磁盘空间不足');

    answer = true; // 仍然关闭
    win.close();
    await vi.waitFor(() => expect(win.closed).toBe(true));
    expect(questions).toHaveLength(2);
    expect(guard.confirmed()).toBe(true);
  });

  it('asks once for repeated clicks on the close box while the first close is deciding', async () => {
    const win = new Win();
    let release!: (v: unknown) => void;
    const runHook = vi.fn(() => new Promise((r) => (release = r)));
    const ask = vi.fn(async () => true);
    guardClose(win, { runHook, ask });
    win.close();
    win.close();
    win.close();
    release({ saved: true, refusedCount: 2 });
    await vi.waitFor(() => expect(win.closed).toBe(true));
    expect(runHook).toHaveBeenCalledOnce();
    expect(ask).toHaveBeenCalledOnce();
  });

  it('stays open when the dialog itself fails (the work is kept; the next close asks again)', async () => {
    const win = new Win();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    guardClose(win, {
      runHook: async () => failed,
      ask: () => Promise.reject(new Error('no display')),
    });
    win.close();
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    await settle();
    expect(win.closed).toBe(false);
    error.mockRestore();
  });

  it('still closes when remembering the window’s place fails', async () => {
    const win = new Win();
    guardClose(win, {
      runHook: async () => null,
      ask: async () => false,
      beforeClose: () => Promise.reject(new Error('settings unwritable')),
    });
    win.close();
    await vi.waitFor(() => expect(win.closed).toBe(true));
  });
});
