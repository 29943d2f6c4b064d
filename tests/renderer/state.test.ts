import { describe, expect, it } from 'vitest';
import { editorReducer, initEditor } from '../../renderer/src/editor/state';
import type { EditorAction, EditorState } from '../../renderer/src/editor/state';
import { setCell, setFees, updateSection } from '../../renderer/src/logic/edits';
import { bodyField } from '../../renderer/src/logic/textFields';
import { createDraft } from '../../shared/model';
import type { Draft } from '../../shared/model';

const draft = createDraft({ id: 's1', year: 2021, now: '2022-01-05T00:00:00.000Z' });
const edit = (change: (d: Draft) => Draft): EditorAction => ({
  type: 'edit',
  change,
  key: null,
  now: 0,
});

describe('editor state', () => {
  it('remembers what an undo and a redo changed, so the editor can show it', () => {
    let s = initEditor(draft);
    s = editorReducer(
      s,
      edit((d) => setCell(d, 'litigation.cases.reviewUpheld', 2)),
    );
    s = editorReducer(
      s,
      edit((d) => setFees(d, { noticeCount: 1 })),
    );
    s = editorReducer(s, { type: 'undo' });
    expect(s.travelPlace).toEqual({ kind: 'fee', address: 'processingFees.noticeCount' });
    s = editorReducer(s, { type: 'undo' });
    expect(s.travelPlace).toEqual({ kind: 'cell', address: 'litigation.cases.reviewUpheld' });
    expect(s.travels).toBe(2);
    s = editorReducer(s, { type: 'redo' });
    expect(s.travelPlace).toEqual({ kind: 'cell', address: 'litigation.cases.reviewUpheld' });
  });

  it('an undo with nothing to undo changes nothing', () => {
    const s = initEditor(draft);
    expect(editorReducer(s, { type: 'undo' })).toBe(s);
  });

  it('keeps a refused fee input beside the draft until it is cleared, the draft untouched', () => {
    let s = initEditor(draft);
    const reason = '“12元”不是数字';
    s = editorReducer(s, { type: 'refuse', entries: { 'processingFees.noticeAmount': { text: '12元', reason } } });
    expect(s.refused['processingFees.noticeAmount']).toEqual({ text: '12元', reason });
    expect(s.history.present).toBe(draft);
    s = editorReducer(s, { type: 'refuse', entries: { 'processingFees.noticeAmount': null } });
    expect(s.refused).toEqual({});
  });

  it('Ctrl+Z first takes back refused text just typed, without undoing the edit before it', () => {
    let s = initEditor(draft);
    s = editorReducer(
      s,
      edit((d) => setCell(d, 'litigation.cases.reviewUpheld', 2)),
    );
    const typed = { text: 'abc', reason: '“abc”不是数字' };
    s = editorReducer(s, { type: 'refuse', entries: { 'litigation.cases.reviewCorrected': typed } });
    s = editorReducer(s, { type: 'undo' });
    expect(s.refused).toEqual({});
    expect(s.history.present.values['litigation.cases.reviewUpheld']).toBe(2);
    expect(s.travelPlace).toEqual({ kind: 'cell', address: 'litigation.cases.reviewCorrected' });
    s = editorReducer(s, { type: 'undo' });
    expect(s.history.present).toBe(draft);
  });

  it('undoing a paste takes back its accepted values and its refused ones together', () => {
    let s = initEditor(draft);
    s = editorReducer(s, {
      type: 'paste',
      change: (d) => setCell(d, 'applications.new.natural', 3),
      entries: {
        'applications.new.natural': null,
        'applications.new.business': { text: 'x', reason: '“x”不是数字' },
      },
      now: 0,
    });
    expect(Object.keys(s.refused)).toEqual(['applications.new.business']);
    s = editorReducer(s, { type: 'undo' });
    expect(s.refused).toEqual({});
    expect(s.history.present).toBe(draft);
    expect(s.travelPlace).toEqual({ kind: 'cell', address: 'applications.new.natural' });
  });

  it('refused text stays when the user has done something else since', () => {
    let s = initEditor(draft);
    const typed = { text: '1..2', reason: '“1..2”不是数字' };
    s = editorReducer(s, { type: 'refuse', entries: { 'processingFees.noticeAmount': typed } });
    s = editorReducer(
      s,
      edit((d) => setCell(d, 'applications.new.natural', 1)),
    );
    s = editorReducer(s, { type: 'undo' });
    expect(s.refused['processingFees.noticeAmount']).toEqual(typed);
    expect(s.history.present).toBe(draft);
  });
});

describe('editor state: pasted values that landed on no cell', () => {
  const outside = { address: null, at: '第1行第9列', text: '42', reason: '超出表格范围' };
  const onTotal = { address: 'applications.new.total', at: '第1行第8列', text: '99', reason: '是合计' };
  const paste = (leftovers: (typeof outside)[] | (typeof onTotal)[]): EditorAction => ({
    type: 'paste',
    change: (d) => setCell(d, 'applications.new.natural', 5),
    entries: {},
    now: 0,
    table: 'applications',
    leftovers,
  });

  it('keeps them per paste, through undo and later edits, until that paste’s are dismissed', () => {
    let s = initEditor(draft);
    s = editorReducer(s, paste([outside]));
    s = editorReducer(s, paste([onTotal]));
    expect(s.leftovers.map((l) => l.values)).toEqual([[outside], [onTotal]]);
    expect(s.leftovers.every((l) => l.table === 'applications')).toBe(true);
    s = editorReducer(s, { type: 'undo' });
    s = editorReducer(
      s,
      edit((d) => setCell(d, 'litigation.cases.reviewUpheld', 1)),
    );
    expect(s.leftovers).toHaveLength(2);
    const [first, second] = s.leftovers;
    s = editorReducer(s, { type: 'dismissLeftovers', id: first!.id });
    expect(s.leftovers).toEqual([second]);
    // Dismissing what is already gone changes nothing.
    expect(editorReducer(s, { type: 'dismissLeftovers', id: first!.id })).toBe(s);
  });

  it('records nothing for a paste whose every value found a cell', () => {
    const s = editorReducer(initEditor(draft), paste([]));
    expect(s.leftovers).toEqual([]);
  });
});

describe('undo in a focused text field', () => {
  it('undoes the sub-section body’s last burst before a later table edit, with the caret where the text changed', () => {
    const section = draft.narrative.overview[0]!;
    const field = bodyField(section.id);
    const typeBody = (s: EditorState, text: string, now: number): EditorState =>
      editorReducer(s, {
        type: 'edit',
        change: (d) => updateSection(d, 'overview', section.id, { paragraphs: [text] }),
        key: field,
        field,
        now,
      });
    let s = initEditor(draft);
    s = typeBody(s, '第一句。', 0);
    s = typeBody(s, '第一句。第二句。', 5000);
    s = editorReducer(
      s,
      edit((d) => setCell(d, 'litigation.cases.reviewUpheld', 2)),
    );
    s = editorReducer(s, { type: 'undo', field });
    expect(s.history.present.narrative.overview[0]!.paragraphs).toEqual(['第一句。']);
    expect(s.history.present.values['litigation.cases.reviewUpheld']).toBe(2);
    expect(s.travelPlace).toEqual({ kind: 'section', part: 'overview', section: section.id, field: 'text', caret: 4 });
    s = editorReducer(s, { type: 'undo', field });
    expect(s.history.present.narrative.overview[0]!.paragraphs).toEqual(['']);
    // Nothing left in the field: undo goes on with the draft's history (the table edit).
    s = editorReducer(s, { type: 'undo', field });
    expect(s.history.present.values['litigation.cases.reviewUpheld'] ?? null).toBeNull();
    expect(s.travelPlace).toEqual({ kind: 'cell', address: 'litigation.cases.reviewUpheld' });
  });
});
