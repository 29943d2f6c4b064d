/** Where the import tests find their material, and one call to import bytes the way the app does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importReport } from '../../../shared/import';
import type { ImportOutcome } from '../../../shared/import';
import { repoRoot } from '../../helpers/drafts';

export const repo = repoRoot;
export { officialTemplate2021, reportsDir } from '../../helpers/drafts';
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
