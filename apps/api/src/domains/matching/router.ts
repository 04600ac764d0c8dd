// Matching over tRPC (docs/matching.md). A candidate's scores are theirs: every `match.*` for candidates reads the
// caller's own profile. A company sees scores of its applicants (pipeline.*) and of profiles that allow
// recruiters, for its own jobs only (jobOwnerProcedure).
import { invitableCandidatesInput, matchForJobInput, matchForJobsInput, recommendedJobsInput } from '@hotgigs/shared';
import { router } from '../../trpc/init.ts';
import { candidateProcedure, jobOwnerProcedure } from '../../trpc/procedures.ts';
import { invitableCandidates, matchBadges, matchForJob, recommendedJobs } from './service.ts';

export const matchRouter = router({
  forJob: candidateProcedure.input(matchForJobInput).query(({ ctx, input }) => matchForJob(ctx, ctx.candidateId, input.jobId, ctx.now())),

  forJobs: candidateProcedure.input(matchForJobsInput).query(({ ctx, input }) => matchBadges(ctx, ctx.candidateId, input.jobIds)),

  recommended: candidateProcedure
    .input(recommendedJobsInput.default({ filters: {}, page: 1, limit: 20 }))
    .query(({ ctx, input }) => recommendedJobs(ctx, ctx.candidateId, input, ctx.now())),

  candidatesForJob: jobOwnerProcedure(invitableCandidatesInput).query(({ ctx, input }) => invitableCandidates(ctx, ctx.job.id, input.limit, ctx.now())),
});
