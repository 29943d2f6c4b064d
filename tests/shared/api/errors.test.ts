import { describe, expect, it } from 'vitest';
import { ApiError, isApiErrorShape, redactDetail, toApiErrorShape } from '../../../shared/api/errors';

describe('errors across the API boundary', () => {
  it('carries an ApiError as its plain { code, message }', () => {
    expect(toApiErrorShape(new ApiError('read-only', '该草稿只读'))).toEqual({
      code: 'read-only',
      message: '该草稿只读',
    });
    expect(toApiErrorShape({ code: 'not-found', message: '没有' })).toEqual({ code: 'not-found', message: '没有' });
    expect(isApiErrorShape({ code: 'bogus', message: 'x' })).toBe(false);
  });

  it('turns anything else into an internal error without quoted paths (POSIX, Windows, file:) or a stack', () => {
    const posix = new Error("ENOENT: no such file or directory, open '/home/u/.config/年报编制助手/data/x.json'");
    expect(toApiErrorShape(posix)).toEqual({
      code: 'internal',
      message: "程序内部错误：ENOENT: no such file or directory, open '…'",
    });
    expect(redactDetail("EPERM: operation not permitted, rename 'C:\\Users\\a\\x.tmp' -> 'D:/data/x.json'")).toBe(
      "EPERM: operation not permitted, rename '…' -> '…'",
    );
    expect(redactDetail('Cannot find module "file:///opt/app/x.js"')).toBe('Cannot find module "…"');
    expect(redactDetail('first line\n    at run (/opt/app/main.cjs:10:5)')).toBe('first line');
    expect(toApiErrorShape('')).toEqual({ code: 'internal', message: '程序内部错误' });
  });

  it('keeps a message without paths as it is, and cuts a very long one', () => {
    expect(redactDetail("Cannot read properties of undefined (reading 'x')")).toBe(
      "Cannot read properties of undefined (reading 'x')",
    );
    expect(redactDetail('x'.repeat(500))).toHaveLength(201);
  });
});
