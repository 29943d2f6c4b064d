import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from '../../../../electron/backend/regularFile';
import { openStore, sampleDraft, tempDir } from './helpers';

describe('drafts store: only regular files in the drafts folder are read', () => {
  it('lists a FIFO named x.json as unreadable and keeps answering later calls (it used to hang them all)', async () => {
    const { store, dataDir } = await openStore();
    await store.create(sampleDraft('ok'));
    execFileSync('mkfifo', [path.join(dataDir, 'drafts', 'x.json')]);
    const list = await store.list();
    expect(list.find((s) => s.id === 'x')).toMatchObject({
      damaged: true,
      problem: '草稿文件无法读取：这不是普通文件，而是管道（FIFO），已拒绝读取',
    });
    await expect(store.open('x')).rejects.toMatchObject({ code: 'io' });
    expect((await store.open('ok')).draft.id).toBe('ok');
  });

  it('refuses a symlink in the drafts folder without quoting what it points at', async () => {
    const { store, dataDir } = await openStore();
    const outside = await tempDir();
    await writeFile(path.join(outside, 'passwd'), 'root:x:0:0:TOPSECRET:/root:/bin/bash\n');
    await symlink(path.join(outside, 'passwd'), path.join(dataDir, 'drafts', 'sys.json'));
    const [summary] = await store.list();
    expect(summary).toMatchObject({ id: 'sys', damaged: true });
    expect(summary!.problem).toBe('草稿文件无法读取：这不是普通文件，而是符号链接，已拒绝读取');
    const opened = await store.open('sys').then(
      () => '',
      (err: Error) => err.message,
    );
    expect(opened).not.toContain('root');
    expect(opened).not.toContain('TOPSECRET');
  });

  it('refuses a symlink to /dev/zero at once instead of reading past a gigabyte', async () => {
    const { store, dataDir } = await openStore();
    await symlink('/dev/zero', path.join(dataDir, 'drafts', 'zero.json'));
    const [summary] = await store.list();
    expect(summary).toMatchObject({ id: 'zero', damaged: true });
  });

  it('never quotes a damaged file’s content in its problem', async () => {
    const { store, dataDir } = await openStore();
    await writeFile(path.join(dataDir, 'drafts', 'junk.json'), 'password=hunter2 and more text');
    const [summary] = await store.list();
    expect(summary!.problem).toMatch(/^草稿文件已损坏：不是有效的 JSON/);
    expect(summary!.problem).not.toMatch(/password|hunter2/);
  });
});

describe('readRegularFile', () => {
  it('reads a regular file and refuses one over the byte limit, a folder, a device and a FIFO', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.txt');
    await writeFile(file, 'hello');
    const ok = await readRegularFile(file, 5);
    expect(ok.ok && ok.bytes.toString()).toBe('hello');
    expect(await readRegularFile(file, 4)).toEqual({ ok: false, reason: 'too-large', size: 5 });
    expect(await readRegularFile(dir, 10)).toMatchObject({ ok: false, reason: 'not-regular', what: '文件夹' });
    expect(await readRegularFile('/dev/zero', 10)).toMatchObject({ ok: false, reason: 'not-regular' });
    execFileSync('mkfifo', [path.join(dir, 'p')]);
    expect(await readRegularFile(path.join(dir, 'p'), 10)).toMatchObject({ ok: false, what: '管道（FIFO）' });
    expect(await readRegularFile(path.join(dir, 'none'), 10)).toEqual({ ok: false, reason: 'missing' });
  });

  it('follows a symlink to a regular file unless told not to', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.txt'), 'x');
    await symlink(path.join(dir, 'a.txt'), path.join(dir, 'link'));
    expect((await readRegularFile(path.join(dir, 'link'), 10)).ok).toBe(true);
    expect(await readRegularFile(path.join(dir, 'link'), 10, { followSymlinks: false })).toMatchObject({
      ok: false,
      what: '符号链接',
    });
  });
});
