import { describe, expect, it } from 'vitest';
import { findingPlace } from '../../renderer/src/logic/findingPlace';
import type { Finding } from '../../shared/rules';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'parts.missing',
  severity: 'error',
  cells: [],
  message: '…',
  key: 'test',
  ...over,
});

describe('where going to a finding takes the user', () => {
  it('is the finding’s first cell when it names cells', () => {
    const f = finding({ rule: 'applications.balance', cells: ['applications.balance.natural', 'applications.x.y'] });
    expect(findingPlace(f)).toEqual({ kind: 'cell', address: 'applications.balance.natural' });
  });

  it('is the text of the narrative sub-section it names', () => {
    expect(findingPlace(finding({ part: 'overview', section: 'sec-2' }))).toEqual({
      kind: 'section',
      part: 'overview',
      section: 'sec-2',
      field: 'text',
    });
  });

  it('is the whole part when it names a part only, or a section of a table part', () => {
    expect(findingPlace(finding({ part: 'problems' }))).toEqual({ kind: 'part', part: 'problems' });
    expect(findingPlace(finding({ part: 'active', section: 'x' }))).toEqual({ kind: 'part', part: 'active' });
  });

  it('is the title field of the front matter for a title that departs from the official pattern', () => {
    expect(findingPlace(finding({ rule: 'title.pattern', severity: 'info' }))).toEqual({
      kind: 'front',
      field: 'title',
    });
  });

  it('is nowhere for a finding tied to no part (the deadline)', () => {
    expect(findingPlace(finding({ rule: 'deadline', severity: 'warning' }))).toBeNull();
  });
});
