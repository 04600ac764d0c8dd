// @hotgigs/ai: resume extraction, parsing, insights and matching, offline and explainable.
export * from './types.ts';
export { extractDocument, detectFormat, DEFAULT_LIMITS, RESUME_FILE_ERROR_MESSAGES } from './extract/index.ts';
export { createSkillMatcher, matchSkills, type SkillMatcher, type MatchSkillsOptions } from './parse/skills.ts';
export { parseResume } from './parse/parse-resume.ts';
export { documentFromText } from './parse/text-doc.ts';
export { resumeInsights } from './insights/insights.ts';
export { rewriteCandidates, rewritePrompt, readRewriteReply, RewriteReplyError, MAX_REWRITE_ITEMS, type RewriteItem, type RewriteSuggestion, type ChatMessage } from './insights/rewrite.ts';
export * from './match/index.ts';
