// Jobs as the public sees them.
import { jobByIdInput, jobListInput, jobSearchInput } from '@hotgigs/shared';
import { getPublishedJob, listPublishedJobs } from '../services/jobs.ts';
import { recordJobView, viewerKeyOf } from '../services/job-views.ts';
import { searchJobs } from '../services/search.ts';
import { throughCache } from '../services/search-cache.ts';
import type { Context } from '../context.ts';
import { publicProcedure, router, TRPCError } from '../trpc.ts';

/** Counts this request as a view (once per viewer per day); a failure to count never fails showing the job. */
async function countJobView(ctx: Context, jobId: string): Promise<number | undefined> {
  const now = ctx.now();
  const userId = ctx.auth?.session.mfa_verified ? ctx.auth.user.id : undefined;
  try {
    const viewerKey = viewerKeyOf({ userId, ip: ctx.ip, userAgent: ctx.userAgent }, ctx.secretKey, now);
    return await recordJobView(ctx.db, { jobId, viewerKey, userId: userId ?? null, now });
  } catch (error) {
    ctx.log.warn({ err: error, jobId }, 'could not count a job view');
    return undefined;
  }
}

export const jobRouter = router({
  list: publicProcedure
    .meta({ access: 'public', rest: { method: 'GET', path: '/jobs' } })
    .input(jobListInput.default({ page: 1, limit: 20 }))
    .query(({ ctx, input }) => listPublishedJobs(ctx.db, input)),

  /** The search page: text, filters, facets, sorts, pages or a cursor. */
  search: publicProcedure
    .meta({ access: 'public' })
    .input(jobSearchInput)
    .query(({ ctx, input }) => throughCache(ctx.db, ctx.searchCache, input, () => searchJobs(ctx.db, input))),

  byId: publicProcedure
    .meta({ access: 'public', rest: { method: 'GET', path: '/jobs/{id}' } })
    .input(jobByIdInput)
    .query(async ({ ctx, input }) => {
      const job = await getPublishedJob(ctx.db, input.id);
      if (!job) throw new TRPCError({ code: 'NOT_FOUND', message: 'This job does not exist or is no longer open.' });
      const viewCount = await countJobView(ctx, job.id);
      return viewCount === undefined ? job : { ...job, viewCount };
    }),
});
