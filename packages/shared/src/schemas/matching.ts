// What matching takes (docs/matching.md): one job's report, badges for a page of job cards, recommended jobs
// with the job-shape filters of search, and candidates a recruiter could invite to a job.
import { z } from 'zod';
import { jobId } from './jobs.ts';
import { jobSearchFilterFields } from './search.ts';

/** As many as a page of search results shows. */
export const MAX_MATCH_BADGES = 50;
/** Recommended jobs and invitable candidates are ranked among this many prefiltered by skill overlap. */
export const MATCH_POOL = 300;

export const matchForJobInput = z.strictObject({ jobId });

export const matchForJobsInput = z.strictObject({
  jobIds: z.array(jobId).min(1, 'Give at least one job id.').max(MAX_MATCH_BADGES, `At most ${MAX_MATCH_BADGES} jobs at once.`),
});

export const recommendedJobsInput = z.strictObject({
  filters: jobSearchFilterFields.pick({ location: true, includeRemote: true, remote: true, employmentType: true, experienceLevel: true }).default({}),
  page: z.number().int().min(1).max(10).default(1),
  limit: z.number().int().min(1).max(50).default(20),
});
export type RecommendedJobsInput = z.infer<typeof recommendedJobsInput>;

export const invitableCandidatesInput = z.strictObject({
  id: jobId,
  limit: z.number().int().min(1).max(50).default(20),
});
