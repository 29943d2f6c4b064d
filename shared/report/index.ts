export { cellText } from './cells';
export { omittedHeadings, reportContent, sectionHeadingLevel } from './content';
export type { HeadingLevel, OmittedHeading, ReportBlock, ReportContent } from './content';
export { isBlank, xmlSafeLine, xmlSafeText } from './safeText';
export { textWidth, TITLE_CHARS_PER_LINE, titleLines } from './titleLines';
export { printedDate, signatureIndents, signatureLines } from './signature';
export type { SignatureLines } from './signature';
export { keepsWithNext, tableRowFlow } from './tableFlow';
export type { RowFlow } from './tableFlow';
