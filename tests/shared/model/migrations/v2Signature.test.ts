import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/store';
import { parseDraft, SCHEMA_VERSION } from '../../../../shared/model';
import { addSignature } from '../../../../shared/model/migrations/v2Signature';
import { repoRoot } from '../../../helpers/drafts';

/** The Quanzhou fixture is kept as a version-1 file on purpose: it is what drafts written before version 2 are. */
const v1 = () =>
  JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/drafts/2020-quanzhou.json'), 'utf8')) as Record<
    string,
    unknown
  >;

describe('data version 1 → 2 (signature)', () => {
  it('gives a version-1 draft the agency’s own name and no date, and changes nothing else', () => {
    const before = v1();
    expect(before.schemaVersion).toBe(1);
    const after = addSignature(before);
    expect(after).toEqual({ ...before, schemaVersion: 2, signature: { agency: null, date: null } });
    expect(before).not.toHaveProperty('signature');
  });

  it('is the step the drafts store runs from version 1, and the plain parser (CLI) reads version-1 files', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(migrate(v1(), 1)).toEqual(addSignature(v1()));
    const parsed = parseDraft(v1());
    expect(parsed.ok && parsed.value.signature).toEqual({ agency: null, date: null });
    expect(parsed.ok && parsed.value.schemaVersion).toBe(2);
  });

  it('refuses an impossible 成文日期 with the reason, and accepts a real one', () => {
    const draft = addSignature(v1());
    const bad = parseDraft({ ...draft, signature: { agency: null, date: '2021-02-30' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('成文日期不是有效的日期');
    expect(parseDraft({ ...draft, signature: { agency: null, date: '2021-1-7' } }).ok).toBe(false);
    expect(parseDraft({ ...draft, signature: { agency: '某某局办公室', date: '2021-01-07' } }).ok).toBe(true);
  });
});
