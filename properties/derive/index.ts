/** `mcv derive` as a library: see derive.ts. */
export { deriveGradient, TRACE_RULES, type DeriveInput, type DeriveResult, type DeriveStep, type RefutedLine } from './derive.js';
export { DIFFERENTIALS, type OpDifferential } from './differentials.js';
