/** Batch work of the 政务公开办: many reports checked at once, and departments summed into one report. Pure. */
export { agencyKey } from './agency';
export { duplicateNotes } from './duplicates';
export { pairWithPrevious } from './pairing';
export type { Pairing } from './pairing';
export { batchExitCode, buildBatchReport } from './report';
export type { BatchReport, BatchRow, BuildOptions, FindingRow } from './report';
export { batchSheets, FINDINGS_SHEET, ROWS_SHEET } from './sheets';
export type { Sheet, SheetValue } from './sheets';
export { sumDrafts } from './sum';
export type { SumInput, SumOptions, SumResult } from './sum';
export { SOURCE_LABELS, sourceOf } from './types';
export type { ReadOk, ReadResult, SourceKind } from './types';
