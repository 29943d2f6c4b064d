import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../../electron/backend/batch';
import { reportsDir } from '../../../helpers/drafts';
import { tempDir } from '../store/helpers';

describe('batch pool: cancelling', () => {
  it('hands out no further file once the signal is aborted', async () => {
    const dir = await tempDir();
    const files = [];
    for (let i = 0; i < 5; i++) {
      const file = path.join(dir, `${i}.txt`);
      await copyFile(path.join(reportsDir, '2023-hongze-district.txt'), file);
      files.push({ path: file, display: `${i}.txt` });
    }
    const controller = new AbortController();
    const seen: string[] = [];
    await readFiles(files, {
      threads: 0,
      signal: controller.signal,
      onResult: (done, _total, result) => {
        seen.push(result.file);
        if (done === 2) controller.abort();
      },
    });
    expect(seen).toEqual(['0.txt', '1.txt']);
  });
});
