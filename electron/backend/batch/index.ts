export { runBatch, readWithProgress } from './run';
export type { BatchProgress, BatchRun, RunBatchOptions } from './run';
export { collectFiles, MAX_BATCH_FILES, TooManyFilesError } from './walk';
export type { BatchFile } from './walk';
export { readFiles, defaultThreads } from './pool';
export { csvTargets, sheetFormatOf, writeSheets } from './sheetFile';
