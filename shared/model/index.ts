export * from './draft';
export * from './parse';
export * from './create';
export * from './carryOver';
export * from './values';
export * from './text';
export * from './time';
export * from './completeness';
