import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import type { Settings } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { agencyProfileSchema, EMPTY_AGENCY, formatZodError } from '../../../shared/model';
import type { AgencyProfile } from '../../../shared/model';
import { readRegularFile } from '../regularFile';
import { ID_PATTERN } from './paths';

const RECENT_KEPT = 10;
const MAX_SETTINGS_BYTES = 1024 * 1024;

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const settingsSchema = z.object({
  agency: agencyProfileSchema.catch({ ...EMPTY_AGENCY }),
  recent: z.array(z.string().regex(ID_PATTERN)).catch([]),
  window: windowStateSchema.nullable().catch(null),
});
type SettingsData = z.infer<typeof settingsSchema>;

const defaults = (): SettingsData => ({ agency: { ...EMPTY_AGENCY }, recent: [], window: null });

/**
 * Settings in their own lowdb file: the agency profile that prefills new drafts, recent drafts, window state. A damaged
 * file is kept aside and replaced by defaults — settings are never worth refusing to start over.
 */
export class SettingsStore {
  private readonly db: Low<SettingsData>;

  private constructor(
    private readonly file: string,
    private readonly now: () => Date,
  ) {
    this.db = new Low(new JSONFile<SettingsData>(file), defaults());
  }

  static async open(file: string, now: () => Date = () => new Date()): Promise<SettingsStore> {
    const store = new SettingsStore(file, now);
    await store.load();
    return store;
  }

  private async load(): Promise<void> {
    const read = await readRegularFile(this.file, MAX_SETTINGS_BYTES, { followSymlinks: false });
    // No file yet, or one that cannot be read now (permissions): defaults, and the file is left alone.
    if (!read.ok && (read.reason === 'missing' || read.reason === 'io')) return;
    try {
      if (!read.ok) throw new Error('not a regular file of settings size');
      this.db.data = settingsSchema.parse(JSON.parse(read.bytes.toString('utf8')));
    } catch {
      // Kept aside when the folder allows it; a read-only folder just starts from defaults.
      await rename(this.file, this.file.replace(/\.json$/, `.damaged-${this.now().getTime()}.json`)).catch(
        () => undefined,
      );
      this.db.data = defaults();
    }
  }

  get(): Settings {
    return { agency: { ...this.db.data.agency }, recent: [...this.db.data.recent] };
  }

  get agency(): AgencyProfile {
    return { ...this.db.data.agency };
  }

  async updateAgency(profile: AgencyProfile): Promise<Settings> {
    const parsed = agencyProfileSchema.safeParse(profile, { reportInput: true });
    if (!parsed.success) throw new ApiError('invalid-arguments', `机关信息有误：\n${formatZodError(parsed.error)}`);
    this.db.data.agency = parsed.data;
    await this.db.write();
    return this.get();
  }

  async touchRecent(id: string): Promise<void> {
    const recent = [id, ...this.db.data.recent.filter((r) => r !== id)].slice(0, RECENT_KEPT);
    if (recent.join() === this.db.data.recent.join()) return;
    this.db.data.recent = recent;
    await this.db.write();
  }

  async forgetRecent(id: string): Promise<void> {
    if (!this.db.data.recent.includes(id)) return;
    this.db.data.recent = this.db.data.recent.filter((r) => r !== id);
    await this.db.write();
  }

  get windowState(): WindowState | null {
    return this.db.data.window ? { ...this.db.data.window } : null;
  }

  async setWindowState(state: WindowState): Promise<void> {
    const parsed = windowStateSchema.safeParse(state);
    if (!parsed.success) return;
    this.db.data.window = parsed.data;
    await this.db.write();
  }

  async flush(): Promise<void> {
    await this.db.write();
  }
}
