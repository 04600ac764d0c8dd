// @hotgigs/ai: resume extraction, parsing and insights (and, later, matching), offline and explainable.
export * from './types.ts';
