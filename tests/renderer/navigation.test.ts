import { describe, expect, it } from 'vitest';
import { initNav, navReducer } from '../../renderer/src/editor/navigation';

describe('the part the editor shows and the focus it asks for', () => {
  it('starts on the given part with nothing to focus and no undo shown yet', () => {
    expect(initNav('applications')).toEqual({ part: 'applications', focus: null, travels: 0 });
  });

  it('opens the part of a place gone to and asks to focus that place', () => {
    const next = navReducer(initNav('front'), {
      type: 'goTo',
      place: { kind: 'cell', address: 'litigation.review.corrected' },
      nonce: 7,
    });
    expect(next).toEqual({
      part: 'litigation',
      focus: { place: { kind: 'cell', address: 'litigation.review.corrected' }, nonce: 7 },
      travels: 0,
    });
  });

  it('opens 六 for a fee field and the narrative part of a section', () => {
    const fee = navReducer(initNav('front'), {
      type: 'goTo',
      place: { kind: 'fee', address: 'processingFees.noticeCount' },
      nonce: 1,
    });
    expect(fee.part).toBe('other');
    const section = navReducer(fee, {
      type: 'goTo',
      place: { kind: 'section', part: 'problems', section: 's1', field: 'text' },
      nonce: 2,
    });
    expect(section.part).toBe('problems');
    expect(section.focus?.nonce).toBe(2);
  });

  it('drops the focus request when a part is chosen in the navigation', () => {
    const focused = navReducer(initNav('front'), { type: 'goTo', place: { kind: 'front', field: 'title' }, nonce: 3 });
    expect(navReducer(focused, { type: 'show', part: 'active' })).toEqual({ part: 'active', focus: null, travels: 0 });
  });

  it('shows what an undo changed and counts it, once', () => {
    const start = initNav('front');
    const next = navReducer(start, {
      type: 'travelled',
      travels: 1,
      place: { kind: 'cell', address: 'applications.granted.natural' },
      nonce: 4,
    });
    expect(next).toEqual({
      part: 'applications',
      focus: { place: { kind: 'cell', address: 'applications.granted.natural' }, nonce: 4 },
      travels: 1,
    });
  });

  it('stays where it is after an undo that changed no place, but counts it', () => {
    const start = navReducer(initNav('overview'), { type: 'show', part: 'active' });
    expect(navReducer(start, { type: 'travelled', travels: 2, place: null, nonce: 5 })).toEqual({
      part: 'active',
      focus: null,
      travels: 2,
    });
  });
});
