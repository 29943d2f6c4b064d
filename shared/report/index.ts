export { cellText } from './cells';
export { reportContent, sectionHeadingLevel } from './content';
export type { HeadingLevel, ReportBlock, ReportContent } from './content';
export { isBlank, xmlSafeLine, xmlSafeText } from './safeText';
