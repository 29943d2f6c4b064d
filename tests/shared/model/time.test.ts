import { describe, expect, it } from 'vitest';
import { localClockTime, localDateTime } from '../../../shared/model';

describe('local time text', () => {
  const iso = new Date(2026, 0, 5, 14, 3, 59).toISOString();

  it('writes a timestamp as YYYY-MM-DD HH:mm in local time, zero-padded', () => {
    expect(localDateTime(iso)).toBe('2026-01-05 14:03');
  });

  it('returns text that is not a date unchanged', () => {
    expect(localDateTime('not a date')).toBe('not a date');
  });

  it('writes the clock time as HH:mm in local time', () => {
    expect(localClockTime(iso)).toBe('14:03');
  });
});
