// Jobs as the public sees them.
import { jobByIdInput, jobListInput } from '@hotgigs/shared';
import { getPublishedJob, listPublishedJobs } from '../services/jobs.ts';
import { publicProcedure, router, TRPCError } from '../trpc.ts';

export const jobRouter = router({
  list: publicProcedure
    .meta({ access: 'public', rest: { method: 'GET', path: '/jobs' } })
    .input(jobListInput.default({ page: 1, limit: 20 }))
    .query(({ ctx, input }) => listPublishedJobs(ctx.db, input)),

  byId: publicProcedure
    .meta({ access: 'public', rest: { method: 'GET', path: '/jobs/{id}' } })
    .input(jobByIdInput)
    .query(async ({ ctx, input }) => {
      const job = await getPublishedJob(ctx.db, input.id);
      if (!job) throw new TRPCError({ code: 'NOT_FOUND', message: 'This job does not exist or is no longer open.' });
      return job;
    }),
});
