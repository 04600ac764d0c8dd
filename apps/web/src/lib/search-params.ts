// The state each page keeps in its URL, parsed leniently: a hand-edited or stale URL falls back to defaults
// instead of failing.
import { MAX_PAGE } from '@hotgigs/shared';
import { z } from 'zod';

/** Jobs per page on the list (the API allows up to 100). */
export const JOBS_PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;

export const jobsSearchSchema = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1).catch(1),
  // The router parses `?q=123` as a number and `?q=true` as a boolean; they are still searches for words.
  q: z
    .union([z.string(), z.number(), z.boolean()])
    .transform((value) => String(value).trim().slice(0, MAX_QUERY_LENGTH) || undefined)
    .optional()
    .catch(undefined),
});
export type JobsSearch = z.output<typeof jobsSearchSchema>;
export const JOBS_SEARCH_DEFAULTS = { page: 1 } as const;
