// Candidates' saved jobs over tRPC: the heart on a job, and the list of saved jobs. Every procedure acts on the
// calling candidate's own bookmarks (candidateProcedure binds them); the job ids are of public jobs.
import { savedJobInput, savedJobListInput } from '@hotgigs/shared';
import { router } from '../../trpc/init.ts';
import { candidateProcedure } from '../../trpc/procedures.ts';
import { listSavedJobs, savedJobIds, saveJob, unsaveJob } from './service.ts';

export const savedJobRouter = router({
  save: candidateProcedure.input(savedJobInput).mutation(async ({ ctx, input }) => {
    await saveJob(ctx.db, ctx.candidateId, input.jobId, ctx.now());
    return { jobId: input.jobId, saved: true as const };
  }),

  unsave: candidateProcedure.input(savedJobInput).mutation(async ({ ctx, input }) => {
    await unsaveJob(ctx.db, ctx.candidateId, input.jobId);
    return { jobId: input.jobId, saved: false as const };
  }),

  list: candidateProcedure
    .input(savedJobListInput.default({ page: 1, limit: 20 }))
    .query(({ ctx, input }) => listSavedJobs(ctx.db, ctx.candidateId, input)),

  ids: candidateProcedure.query(({ ctx }) => savedJobIds(ctx.db, ctx.candidateId)),
});
