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
    const after = migrate(before, 1);
    expect(after).toEqual({ ...before, schemaVersion: 2, signature: { agency: null, date: null } });
    expect(before).not.toHaveProperty('signature');
  });

  it('is what every reader of draft files runs: a version-1 file opens as version 2', () => {
    expect(SCHEMA_VERSION).toBe(2);
    const parsed = parseDraftText(v1Text());
    expect(parsed.ok && parsed.value.signature).toEqual({ agency: null, date: null });
    expect(parsed.ok && parsed.value.schemaVersion).toBe(2);
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
