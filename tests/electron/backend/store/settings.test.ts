import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../../electron/backend/store';
import { EMPTY_AGENCY } from '../../../../shared/model';
import { tempDir } from './helpers';

const profile = {
  ...EMPTY_AGENCY,
  name: '某某市统计局',
  kind: 'department' as const,
  phone: '0517-12345678',
  website: 'http://tjj.example.gov.cn',
};

describe('settings store', () => {
  it('keeps the agency profile in its own lowdb file across restarts', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'settings.json');
    const settings = await SettingsStore.open(file);
    expect(settings.get().agency).toEqual(EMPTY_AGENCY);
    await settings.updateAgency(profile);
    expect(JSON.parse(await readFile(file, 'utf8')).agency).toEqual(profile);
    expect((await SettingsStore.open(file)).get().agency).toEqual(profile);
  });

  it('refuses a bad agency profile with a Chinese invalid-arguments error, keeping the old profile', async () => {
    const file = path.join(await tempDir(), 'settings.json');
    const settings = await SettingsStore.open(file);
    await settings.updateAgency(profile);
    const bad = { ...profile, name: 1, kind: 'martian' } as unknown as typeof profile;
    const refused = await settings.updateAgency(bad).then(
      () => null,
      (err: unknown) => err as { code: string; message: string },
    );
    expect(refused).toMatchObject({ code: 'invalid-arguments', message: expect.stringContaining('name：应为文本') });
    expect(refused!.message).not.toMatch(/Invalid|expected|received/);
    expect(settings.get().agency).toEqual(profile);
  });

  it('starts from defaults when settings.json is a FIFO, without hanging, and keeps it aside', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [path.join(dir, 'settings.json')]);
    const settings = await SettingsStore.open(path.join(dir, 'settings.json'));
    expect(settings.get().agency).toEqual(EMPTY_AGENCY);
    expect((await readdir(dir)).some((n) => /^settings\.damaged-\d+\.json$/.test(n))).toBe(true);
  });

  it('keeps the 10 most recent drafts, most recent first, without repeats', async () => {
    const settings = await SettingsStore.open(path.join(await tempDir(), 'settings.json'));
    for (let i = 0; i < 12; i++) await settings.touchRecent(`d${i}`);
    await settings.touchRecent('d5');
    expect(settings.get().recent).toEqual(['d5', 'd11', 'd10', 'd9', 'd8', 'd7', 'd6', 'd4', 'd3', 'd2']);
    await settings.forgetRecent('d9');
    expect(settings.get().recent).not.toContain('d9');
  });

  it('remembers the window state and ignores an impossible one', async () => {
    const file = path.join(await tempDir(), 'settings.json');
    const settings = await SettingsStore.open(file);
    await settings.setWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    await settings.setWindowState({ width: -5, height: 0, maximized: true });
    expect((await SettingsStore.open(file)).windowState).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('starts from defaults when the file is damaged, keeping the damaged file aside', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{"agency": ');
    const settings = await SettingsStore.open(file, () => new Date(1000));
    expect(settings.get()).toEqual({ agency: EMPTY_AGENCY, recent: [] });
    expect(await readdir(dir)).toContain('settings.damaged-1000.json');
  });

  it('keeps the valid parts of a settings file whose other parts are wrong', async () => {
    const file = path.join(await tempDir(), 'settings.json');
    await writeFile(file, JSON.stringify({ agency: profile, recent: 'not a list', window: 5 }));
    const settings = await SettingsStore.open(file);
    expect(settings.get()).toEqual({ agency: profile, recent: [] });
    expect(settings.windowState).toBeNull();
  });
});
