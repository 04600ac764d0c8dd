// @hotgigs/ai: resume extraction, parsing and insights (and, later, matching), offline and explainable.
export * from './types.ts';
export { extractDocument, detectFormat, DEFAULT_LIMITS, RESUME_FILE_ERROR_MESSAGES } from './extract/index.ts';
export { resumeInsights } from './insights/insights.ts';
