import { describe, expect, it } from 'vitest';
import { editorReducer, initEditor } from '../../renderer/src/editor/state';
import type { EditorAction } from '../../renderer/src/editor/state';
import { pruning } from '../../renderer/src/editor/useConfirmations';
import {
  cachedCheck,
  confirmFinding,
  pruneConfirmations,
  REASON_MAX,
  reasonProblem,
  withdrawConfirmation,
} from '../../renderer/src/logic/confirmations';
import { setCell, setTitle } from '../../renderer/src/logic/edits';
import type { Draft } from '../../shared/model';
import { splitConfirmed } from '../../shared/rules';
import { loadDraftFixture } from '../helpers/drafts';

const AT = '2026-12-03T10:00:00.000Z';
const edit = (change: (d: Draft) => Draft): EditorAction => ({ type: 'edit', change, key: null, now: 0 });
// The 2020 fixture's prose says 同意公开 1 件, its table 三 5 (applications.granted.natural).
const base = loadDraftFixture('2020-quanzhou.json');
const check = cachedCheck({ previous: null, today: null });
const granted = check(base).find((f) => f.rule === 'text.numbers' && f.numbers?.[1] === 5)!;

describe('已核实 in the editor', () => {
  it('confirming stores the key with the trimmed reason, and replaces an earlier confirmation of it', () => {
    const once = confirmFinding(base, granted.key, ' 表中含转办件 ', AT);
    expect(once.confirmations).toEqual([{ key: granted.key, reason: '表中含转办件', confirmedAt: AT }]);
    const twice = confirmFinding(once, granted.key, '另一理由', AT);
    expect(twice.confirmations.map((c) => c.reason)).toEqual(['另一理由']);
    expect(splitConfirmed(check(twice), twice.confirmations).confirmed.map((c) => c.finding.key)).toEqual([
      granted.key,
    ]);
  });

  it('withdrawing removes it, and is no change when it was not confirmed', () => {
    const confirmed = confirmFinding(base, granted.key, '理由', AT);
    expect(withdrawConfirmation(confirmed, granted.key).confirmations).toEqual([]);
    expect(withdrawConfirmation(base, granted.key)).toBe(base);
  });

  it('asks for a reason, at most as long as the draft schema allows', () => {
    expect(reasonProblem('  ')).toContain('请写明核实的理由');
    expect(reasonProblem('现行有效件数因清理不连续')).toBeNull();
    expect(REASON_MAX).toBe(200);
    expect(reasonProblem('字'.repeat(201))).toBe('理由最多200字，现有201字');
  });

  it('pruning keeps a confirmation through an unrelated edit and returns the same draft object', () => {
    const confirmed = confirmFinding(base, granted.key, '理由', AT);
    const retitled = setTitle(confirmed, '另一个标题');
    expect(pruneConfirmations(retitled, check)).toBe(retitled);
  });

  it('pruning drops a confirmation once the figures it was about change', () => {
    const confirmed = confirmFinding(base, granted.key, '理由', AT);
    const changed = setCell(confirmed, 'applications.granted.natural', 4);
    expect(pruneConfirmations(changed, check).confirmations).toEqual([]);
  });

  it('an edit that makes a confirmation stale drops it in the same undo step; undo brings both back', () => {
    let s = initEditor(confirmFinding(base, granted.key, '理由', AT));
    s = editorReducer(
      s,
      pruning(
        edit((d) => setTitle(d, '另一个标题')),
        check,
      ),
    );
    expect(s.history.present.confirmations).toHaveLength(1);
    s = editorReducer(
      s,
      pruning(
        edit((d) => setCell(d, 'applications.granted.natural', 4)),
        check,
      ),
    );
    expect(s.history.present.confirmations).toEqual([]);
    // Back to 5: the confirmation stays dropped (the finding changed in between).
    s = editorReducer(
      s,
      pruning(
        edit((d) => setCell(d, 'applications.granted.natural', 5)),
        check,
      ),
    );
    expect(s.history.present.confirmations).toEqual([]);
    s = editorReducer(s, { type: 'undo' });
    s = editorReducer(s, { type: 'undo' });
    expect(s.history.present.values['applications.granted.natural']).toBe(5);
    expect(s.history.present.confirmations.map((c) => c.key)).toEqual([granted.key]);
  });

  it('passes every other action through unchanged', () => {
    const undo: EditorAction = { type: 'undo' };
    expect(pruning(undo, check)).toBe(undo);
  });
});
