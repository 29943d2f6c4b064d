import { describe, expect, it } from 'vitest';
import { cellPlace, findingPlace, spotRange, textPlace } from '../../renderer/src/logic/findingPlace';
import type { Finding, TextSpot } from '../../shared/rules';

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

describe('going to a text finding', () => {
  const spot = (over: Partial<TextSpot>): TextSpot => ({
    part: 'overview',
    section: 1,
    sectionId: 'sec-2',
    paragraph: 1,
    start: 3,
    end: 5,
    quote: '十五',
    ...over,
  });

  it('goes to the field holding the sentence before the cell the figure disagrees with', () => {
    const f = finding({ rule: 'text.numbers', cells: ['applications.granted.total'], text: spot({}) });
    expect(findingPlace(f)).toEqual({ kind: 'section', part: 'overview', section: 'sec-2', field: 'text' });
    expect(cellPlace(f)).toEqual({ kind: 'cell', address: 'applications.granted.total' });
  });

  it('goes to 引言 for the opening and to the typed fee sentence for it', () => {
    expect(textPlace(spot({ part: 'opening', section: null, sectionId: null, paragraph: 0 }))).toEqual({
      kind: 'front',
      field: 'opening',
    });
    expect(textPlace(spot({ part: 'other', section: null, sectionId: null, paragraph: 0, feeSentence: true }))).toEqual(
      { kind: 'fee', address: 'processingFees.sentence' },
    );
  });

  it('finds the quote in a sub-section’s text, one paragraph per line', () => {
    expect(spotRange('第一段。\n共收到十五件。', spot({}))).toEqual({ start: 8, end: 10 });
  });

  it('finds it in the opening as one paragraph, line breaks and all', () => {
    const opening = spot({ part: 'opening', section: null, sectionId: null, paragraph: 0, start: 5, end: 7 });
    expect(spotRange('ab\ncd十五', opening)).toEqual({ start: 5, end: 7 });
  });

  it('finds nothing once the words there have changed, rather than selecting other text', () => {
    expect(spotRange('第一段。\n共收到十六件。', spot({}))).toBeNull();
    expect(spotRange('第一段。', spot({}))).toBeNull();
  });
});
