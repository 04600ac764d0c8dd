// Candidates' saved jobs: the heart on a job, and the list of saved jobs.
import { savedJobInput, savedJobListInput } from '@hotgigs/shared';
import { candidateIdOf, listSavedJobs, savedJobIds, saveJob, unsaveJob } from '../services/saved-jobs.ts';
import { roleProcedure, router } from '../trpc.ts';

const candidateProcedure = roleProcedure('candidate');

export const savedJobRouter = router({
  save: candidateProcedure.input(savedJobInput).mutation(async ({ ctx, input }) => {
    await saveJob(ctx.db, await candidateIdOf(ctx.db, ctx.user.id), input.jobId, ctx.now());
    return { jobId: input.jobId, saved: true as const };
  }),

  unsave: candidateProcedure.input(savedJobInput).mutation(async ({ ctx, input }) => {
    await unsaveJob(ctx.db, await candidateIdOf(ctx.db, ctx.user.id), input.jobId);
    return { jobId: input.jobId, saved: false as const };
  }),

  list: candidateProcedure
    .input(savedJobListInput.default({ page: 1, limit: 20 }))
    .query(async ({ ctx, input }) => listSavedJobs(ctx.db, await candidateIdOf(ctx.db, ctx.user.id), input)),

  ids: candidateProcedure.query(async ({ ctx }) => savedJobIds(ctx.db, await candidateIdOf(ctx.db, ctx.user.id))),
});
