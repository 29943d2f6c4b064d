export * from './types';
export * from './formats';
export { OVERVIEW_SUBHEADINGS, PARTS } from './parts';
export { APPLICANT_COLUMNS, ENTERED_APPLICANT_COLUMNS, BALANCE_NOTE, applicationsRows } from './applications';
export type { ApplicationsSection } from './applications';
export { labelColumnCount, placeLayout } from './layout';
export type { PlacedCell } from './layout';
