/** Where the import tests find their material, and one call to import bytes the way the app does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importReport } from '../../../shared/import';
import type { ImportOutcome } from '../../../shared/import';
import { repoRoot, teamShared } from '../../helpers/drafts';

export const repo = repoRoot;
/** The read-only team folder beside the repo (CI copies it there). */
export const sharedFolder = teamShared;
export const reportsDir = path.join(sharedFolder, 'fixtures', 'reports');
export const variantsDir = path.join(repo, 'tests', 'fixtures', 'import');
export const NOW = '2025-02-01T08:00:00.000Z';

export function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** Imports `bytes` as a file called `fileName`; text is encoded as UTF-8. */
export function importAs(fileName: string, bytes: Uint8Array | string): ImportOutcome {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return importReport({ fileName, bytes: data }, { id: 'imported', now: NOW });
}
