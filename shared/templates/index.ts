export * from './types';
export * from './formats';
export {
  isNarrativePart,
  NARRATIVE_PART_IDS,
  OVERVIEW_SUBHEADINGS,
  PARTS,
  partHeading,
  TABLE_IDS,
  TABLE_NAMES,
} from './parts';
export {
  APPLICANT_COLUMNS,
  ENTERED_APPLICANT_COLUMNS,
  BALANCE_NOTE,
  ORG_GROUP_LABEL,
  ORG_COLUMN_IDS,
  applicationsRows,
} from './applications';
export type { ApplicationsSection } from './applications';
export { labelColumnCount, placeLayout } from './layout';
export type { PlacedCell } from './layout';
