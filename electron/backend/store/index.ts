export { DraftStore } from './draftStore';
export type { DraftStoreOptions } from './draftStore';
export { SettingsStore } from './settings';
export type { WindowState } from './settings';
export { assertId, insideRoot, ID_PATTERN, StoreLayout } from './paths';
export { dataFolderProblem, describeFsError } from './fsErrors';
