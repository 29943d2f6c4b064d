import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, parseDraft, parseDraftText, SCHEMA_VERSION } from '../../../shared/model';
import { repoRoot } from '../../helpers/drafts';

/** The Quanzhou fixture is kept as a version-1 file on purpose: it is what drafts written before version 2 are. */
const v1Text = () => readFileSync(path.join(repoRoot, 'tests/fixtures/drafts/2020-quanzhou.json'), 'utf8');
const v1 = () => JSON.parse(v1Text()) as Record<string, unknown>;

describe('data version 1 → 2 (signature)', () => {
  it('gives a version-1 draft the agency’s own name and no date, and changes nothing else', () => {
    const before = v1();
    expect(before.schemaVersion).toBe(1);
    const after = migrate(before, 1, undefined, 2);
    expect(after).toEqual({ ...before, schemaVersion: 2, signature: { agency: null, date: null } });
    expect(before).not.toHaveProperty('signature');
  });

  it('is what every reader of draft files runs: a version-1 file opens with a signature', () => {
    const parsed = parseDraftText(v1Text());
    expect(parsed.ok && parsed.value.signature).toEqual({ agency: null, date: null });
    expect(parsed.ok && parsed.value.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('refuses an impossible 成文日期 with the reason, and accepts a real one', () => {
    const draft = migrate(v1(), 1);
    const bad = parseDraft({ ...draft, signature: { agency: null, date: '2021-02-30' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('成文日期不是有效的日期');
    expect(parseDraft({ ...draft, signature: { agency: null, date: '2021-1-7' } }).ok).toBe(false);
    expect(parseDraft({ ...draft, signature: { agency: '某某局办公室', date: '2021-01-07' } }).ok).toBe(true);
  });
});

describe('data version 2 → 3 (list name apart from the title, 已核实 findings)', () => {
  it('keeps an older draft’s title as printed and gives it no name of its own and no confirmations', () => {
    const v2 = migrate(v1(), 1, undefined, 2);
    const after = migrate({ ...v2, title: '第二稿（给办公室审）' }, 2);
    expect(after).toEqual({ ...v2, title: '第二稿（给办公室审）', schemaVersion: 3, name: null, confirmations: [] });
  });

  it('is what every reader of draft files runs: a version-1 file opens as version 3', () => {
    expect(SCHEMA_VERSION).toBe(3);
    const parsed = parseDraftText(v1Text());
    expect(parsed.ok && parsed.value.name).toBeNull();
    expect(parsed.ok && parsed.value.confirmations).toEqual([]);
  });

  it('refuses a confirmation without its finding’s key or with an overlong reason', () => {
    const draft = migrate(v1(), 1);
    const at = '2026-01-05T08:00:00.000Z';
    expect(
      parseDraft({ ...draft, confirmations: [{ key: 'text.numbers|x', reason: '已核对', confirmedAt: at }] }).ok,
    ).toBe(true);
    expect(parseDraft({ ...draft, confirmations: [{ key: '', reason: '已核对', confirmedAt: at }] }).ok).toBe(false);
    expect(parseDraft({ ...draft, confirmations: [{ key: 'k', reason: '长'.repeat(201), confirmedAt: at }] }).ok).toBe(
      false,
    );
  });
});
