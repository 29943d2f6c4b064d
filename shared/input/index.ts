export * from './cellInput';
export * from './applyInput';
