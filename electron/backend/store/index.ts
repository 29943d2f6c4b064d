export { DraftStore } from './draftStore';
export type { DraftStoreOptions } from './draftStore';
export { SettingsStore } from './settings';
export type { WindowState } from './settings';
export { MIGRATIONS, migrate, fileVersion } from './migrations';
export type { Migration } from './migrations';
export { assertId, insideRoot, ID_PATTERN, StoreLayout } from './paths';
export { describeFsError } from './fsErrors';
