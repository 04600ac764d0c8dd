// The saved jobs page's state in its URL: the page.
import { MAX_PAGE } from '@hotgigs/shared';
import { z } from 'zod';

/** /saved-jobs?page=2: a candidate's saved jobs, newest saved first. */
export const SAVED_JOBS_PAGE_SIZE = 20;
export const savedJobsSearchSchema = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1).catch(1),
});
export const SAVED_JOBS_SEARCH_DEFAULTS = { page: 1 } as const;
