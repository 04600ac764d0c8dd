// The recruiter's jobs dashboard's state in its URL: the status filter and the page.
import { JOB_STATUSES, MAX_PAGE } from '@hotgigs/shared';
import { z } from 'zod';

/** /recruiter/jobs?status=paused&page=2: a recruiter's jobs, filtered by status. */
export const RECRUITER_JOBS_PAGE_SIZE = 20;
export const recruiterJobsSearchSchema = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1).catch(1),
  status: z.enum(JOB_STATUSES).optional().catch(undefined),
});
export type RecruiterJobsSearch = z.output<typeof recruiterJobsSearchSchema>;
export const RECRUITER_JOBS_SEARCH_DEFAULTS = { page: 1 } as const;
