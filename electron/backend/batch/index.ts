export { runBatch, readWithProgress } from './run';
export type { BatchProgress, BatchRun, RunBatchOptions } from './run';
export { collectFiles, MAX_BATCH_FILES, TooManyFilesError } from './walk';
export type { BatchFile } from './walk';
export { readFiles, defaultThreads } from './pool';
export { csvTargets, sheetFormatOf, writeSheets, xlsxBytes } from './sheetFile';
export { BatchJobs } from './job';
export type { BatchJobsOptions } from './job';
