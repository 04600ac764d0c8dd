// The applications pages' state in their URLs: the candidate's list (open/closed, page) and a job's applicants
// (board or table; the table's status filter, sort and page).
import { APPLICANT_SORTS, APPLICATION_STATUSES, MAX_PAGE } from '@hotgigs/shared';
import { z } from 'zod';

const page = z.number().int().min(1).max(MAX_PAGE).default(1).catch(1);

/** /applications?state=open&page=2 */
export const MY_APPLICATIONS_PAGE_SIZE = 20;
export const myApplicationsSearchSchema = z.object({
  page,
  state: z.enum(['open', 'closed']).optional().catch(undefined),
});
export type MyApplicationsSearch = z.output<typeof myApplicationsSearchSchema>;
export const MY_APPLICATIONS_SEARCH_DEFAULTS = { page: 1 } as const;

/** /recruiter/jobs/$jobId/applicants?view=table&status=screening&sort=newest&page=2 */
export const APPLICANTS_PAGE_SIZE = 25;
export const applicantsSearchSchema = z.object({
  view: z.enum(['board', 'table']).default('board').catch('board'),
  page,
  status: z.enum(APPLICATION_STATUSES).optional().catch(undefined),
  sort: z.enum(APPLICANT_SORTS).default('match').catch('match'),
});
export type ApplicantsSearch = z.output<typeof applicantsSearchSchema>;
export const APPLICANTS_SEARCH_DEFAULTS = { view: 'board', page: 1, sort: 'match' } as const;
