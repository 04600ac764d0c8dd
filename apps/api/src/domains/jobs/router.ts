// Jobs over tRPC: as the public sees them (job), and as a company's recruiters write and run them (jobEditor).
// Admins may open and act on any company's job (moderation) but have no company, so "mine" and "create" are for
// a company's recruiters only; jobOwnerProcedure binds every other editor procedure to a job the caller may reach.
import {
  jobByIdInput,
  jobCreateInput,
  jobEditorListInput,
  jobListInput,
  jobSearchInput,
  jobTransitionInput,
  jobUpdateInput,
} from '@hotgigs/shared';
import { router } from '../../trpc/init.ts';
import { originOf } from '../../trpc/context.ts';
import { companyMemberProcedure, jobOwnerProcedure, publicProcedure } from '../../trpc/procedures.ts';
import { throughCache } from '../search/cache.ts';
import { searchJobs } from '../search/service.ts';
import { createJob, deleteJob, getEditableJob, listCompanyJobs, transitionJob, updateJob } from './company-jobs.ts';
import { getOpenJob, listPublishedJobs } from './service.ts';
import { countJobView } from './views.ts';

export const jobRouter = router({
  list: publicProcedure.input(jobListInput.default({ page: 1, limit: 20 })).query(({ ctx, input }) => listPublishedJobs(ctx.db, input)),

  /** The search page: text, filters, facets, sorts, pages or a cursor. */
  search: publicProcedure
    .input(jobSearchInput)
    .query(({ ctx, input }) => throughCache(ctx.db, ctx.searchCache, input, () => searchJobs(ctx.db, input))),

  /** A job's public page; the visit counts as a view. */
  byId: publicProcedure.input(jobByIdInput).query(async ({ ctx, input }) => {
    const job = await getOpenJob(ctx.db, input.id);
    const userId = ctx.auth?.session.mfa_verified ? ctx.auth.user.id : undefined;
    const viewCount = await countJobView(ctx, job.id, { userId, ip: ctx.ip, userAgent: ctx.userAgent });
    return viewCount === undefined ? job : { ...job, viewCount };
  }),
});

const recruiterOf = (ctx: { user: { id: string }; recruiter: { id: string; company_id: string } }) => ({
  userId: ctx.user.id,
  recruiterId: ctx.recruiter.id,
  companyId: ctx.recruiter.company_id,
});

export const jobEditorRouter = router({
  mine: companyMemberProcedure
    .input(jobEditorListInput.default({ page: 1, limit: 20 }))
    .query(({ ctx, input }) => listCompanyJobs(ctx.db, ctx.recruiter.company_id, input, ctx.now())),

  get: jobOwnerProcedure(jobByIdInput).query(({ ctx }) => getEditableJob(ctx.db, ctx.job.id, ctx.now())),

  /** A new draft of the caller's company; every field may be filled in later. */
  create: companyMemberProcedure
    .input(jobCreateInput)
    .mutation(({ ctx, input }) => createJob(ctx.db, recruiterOf(ctx), input, ctx.now(), originOf(ctx))),

  /** Changes the fields given; skills and screening questions, when given, replace the job's. */
  update: jobOwnerProcedure(jobUpdateInput).mutation(({ ctx, input }) => updateJob(ctx.db, ctx.user.id, input, ctx.now(), originOf(ctx))),

  /** publish, pause, resume or close, as the lifecycle allows from the job's status. */
  transition: jobOwnerProcedure(jobTransitionInput).mutation(({ ctx, input }) =>
    transitionJob(ctx.db, ctx.user.id, input, ctx.now(), originOf(ctx)),
  ),

  delete: jobOwnerProcedure(jobByIdInput).mutation(({ ctx }) => deleteJob(ctx.db, ctx.user.id, ctx.job.id, ctx.now(), originOf(ctx))),
});
