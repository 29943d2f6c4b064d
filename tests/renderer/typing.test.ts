import { describe, expect, it } from 'vitest';
import { editorReducer, initEditor } from '../../renderer/src/editor/state';
import type { EditorState } from '../../renderer/src/editor/state';
import { cellTextActions, feeTextActions } from '../../renderer/src/editor/typing';
import { canUndo } from '../../renderer/src/logic/history';
import { setCell } from '../../renderer/src/logic/edits';
import { createDraft } from '../../shared/model';

const CELL = 'applications.new.nonprofit';
const FEE = 'processingFees.noticeCount';

/** Types `text` one character at a time into a cell, as the grid does (one session, one undo group). */
function typeInCell(start: EditorState, text: string, key = 'cell:1'): EditorState {
  let s = start;
  const original = s.history.present.values[CELL] ?? null;
  for (let i = 1; i <= text.length; i++) {
    for (const a of cellTextActions(s.history.present, CELL, text.slice(0, i), { key, original })) {
      s = editorReducer(s, a);
    }
  }
  return s;
}

function typeInFee(start: EditorState, text: string): EditorState {
  let s = start;
  const original = s.history.present.processingFees!.noticeCount;
  for (let i = 1; i <= text.length; i++) {
    for (const a of feeTextActions(FEE, text.slice(0, i), { key: `fees:${FEE}`, original })) s = editorReducer(s, a);
  }
  return s;
}

const blank = () => initEditor(createDraft({ id: 't1', year: 2021, now: '2022-01-05T00:00:00.000Z' }));

describe('typing in a cell or a fee field', () => {
  it('a refused "1.5" in a count leaves the cell as it was, not the "1" typed on the way', () => {
    const s = typeInCell(blank(), '1.5');
    expect(s.history.present.values[CELL] ?? null).toBeNull();
    expect(s.refused[CELL]).toEqual({ text: '1.5', reason: '件数必须是整数（输入了1.5）' });
    // No empty undo step is left behind by the session.
    expect(canUndo(s.history)).toBe(false);
  });

  it('a refused edit of a filled cell keeps its earlier value', () => {
    let s = editorReducer(blank(), { type: 'edit', change: (d) => setCell(d, CELL, 7), key: null, now: 0 });
    s = editorReducer(s, { type: 'seal' });
    s = typeInCell(s, '12x', 'cell:2');
    expect(s.history.present.values[CELL]).toBe(7);
    expect(s.refused[CELL]?.text).toBe('12x');
  });

  it('text that parses again after a refusal is adopted (backspace to "1")', () => {
    let s = typeInCell(blank(), '1.');
    const original = null;
    for (const a of cellTextActions(s.history.present, CELL, '1', { key: 'cell:1', original })) s = editorReducer(s, a);
    expect(s.history.present.values[CELL]).toBe(1);
    expect(s.refused[CELL]).toBeUndefined();
  });

  it('full-width digits are adopted as typed (１８ → 18)', () => {
    const s = typeInCell(blank(), '１８');
    expect(s.history.present.values[CELL]).toBe(18);
    expect(s.refused).toEqual({});
  });

  it('a refused fee count ("2.5") keeps the fee as it was before the typing', () => {
    const s = typeInFee(blank(), '2.5');
    expect(s.history.present.processingFees!.noticeCount).toBeNull();
    expect(s.refused[FEE]?.reason).toBe('件数必须是整数（输入了2.5）');
    expect(canUndo(s.history)).toBe(false);
  });
});
