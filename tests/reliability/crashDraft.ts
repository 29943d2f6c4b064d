/**
 * The draft the crash child saves, as a pure function of its save number: the checker recomputes what each save wrote
 * and compares it with the file byte for byte (after parsing). It grows with every save (up to ~150 KB, then starts
 * over), so kills land in writes of every size.
 */
import { createDraft } from '../../shared/model';
import type { Draft } from '../../shared/model';

export const CRASH_DRAFT_ID = 'crash-test';
const BASE_TIME = Date.parse('2025-01-10T00:00:00.000Z');

export const saveTime = (seq: number): Date => new Date(BASE_TIME + seq * 1000);

export function draftAt(seq: number): Draft {
  const draft = createDraft({
    id: CRASH_DRAFT_ID,
    year: 2024,
    agency: { name: '崩溃测试统计局', kind: 'department' },
    now: new Date(BASE_TIME).toISOString(),
  });
  const paragraphs = Array.from(
    { length: (seq % 600) + 1 },
    (_, i) => `第${i + 1}段：本年度主动公开政府信息${seq}条，依申请公开办理情况良好，数据口径与上年一致。`,
  );
  return {
    ...draft,
    narrative: { ...draft.narrative, problems: [{ id: 'problems-1', heading: '存在的主要问题', paragraphs }] },
    values: { 'applications.new.natural': seq, 'applications.new.business': seq % 7 },
    updatedAt: saveTime(seq).toISOString(),
  };
}

/** The save number a draft file carries. */
export const seqOf = (draft: { values: Record<string, number | null> }): number =>
  draft.values['applications.new.natural'] ?? -1;
