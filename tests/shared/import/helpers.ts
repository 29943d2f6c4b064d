import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..', '..', '..');
/** The read-only team folder beside the repo (CI copies it there). */
export const sharedFolder = path.resolve(repo, '..', 'shared');
export const reportsDir = path.join(sharedFolder, 'fixtures', 'reports');
export const variantsDir = path.join(repo, 'tests', 'fixtures', 'import');
export const NOW = '2025-02-01T08:00:00.000Z';

export function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}
