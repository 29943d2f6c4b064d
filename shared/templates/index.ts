export * from './types';
export * from './formats';
export { OVERVIEW_SUBHEADINGS, PARTS } from './parts';
export {
  APPLICANT_COLUMNS,
  ENTERED_APPLICANT_COLUMNS,
  BALANCE_NOTE,
  ORG_GROUP_LABEL,
  ORG_COLUMN_IDS,
  applicationsRows,
} from './applications';
export type { ApplicationsSection } from './applications';
