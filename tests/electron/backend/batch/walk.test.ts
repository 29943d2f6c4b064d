import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../../../electron/backend/batch';

describe('collectFiles', () => {
  it('takes report types under the folder in name order, and passes over hidden, lock, linked and other files', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'batch-walk-'));
    mkdirSync(path.join(dir, 'r', 'sub'), { recursive: true });
    mkdirSync(path.join(dir, 'r', '.git'));
    for (const f of ['b.txt', 'a.docx', 'sub/c.json', 'x.pdf', '~$a.docx', '.hidden.txt', '.git/d.txt', 'photo.png']) {
      writeFileSync(path.join(dir, 'r', f), 'x');
    }
    symlinkSync(path.join(dir, 'r', 'b.txt'), path.join(dir, 'r', 'link.txt'));
    const collected = await collectFiles(['r', 'missing'], dir);
    expect(collected.files.map((f) => f.display)).toEqual(['r/a.docx', 'r/b.txt', 'r/sub/c.json', 'r/x.pdf']);
    expect(collected.skipped).toBe(1);
    expect(collected.problems).toEqual(['找不到「missing」']);
  });
});
