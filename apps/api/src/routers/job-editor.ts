// The job editor for a company's recruiters: their jobs with counts per status, one job in full, writing drafts
// and live jobs, moving jobs through the lifecycle, deleting drafts. Admins may open and act on any company's
// job (moderation) but have no company, so "mine" and "create" are for recruiters only.
import { jobByIdInput, jobCreateInput, jobEditorListInput, jobTransitionInput, jobUpdateInput } from '@hotgigs/shared';
import type { Context } from '../context.ts';
import {
  createJob,
  deleteJob,
  getEditableJob,
  jobEditorOf,
  listCompanyJobs,
  transitionJob,
  updateJob,
  type RequestOrigin,
} from '../services/job-editor.ts';
import { roleProcedure, router } from '../trpc.ts';

const recruiterProcedure = roleProcedure('recruiter');
const editorProcedure = roleProcedure('recruiter', 'admin');

const originOf = (ctx: Context): RequestOrigin => ({ ip: ctx.ip, userAgent: ctx.userAgent });

export const jobEditorRouter = router({
  mine: recruiterProcedure
    .input(jobEditorListInput.default({ page: 1, limit: 20 }))
    .query(async ({ ctx, input }) => listCompanyJobs(ctx.db, await jobEditorOf(ctx.db, ctx.user), input, ctx.now())),

  get: editorProcedure.input(jobByIdInput).query(async ({ ctx, input }) => getEditableJob(ctx.db, await jobEditorOf(ctx.db, ctx.user), input.id, ctx.now())),

  /** A new draft of the caller's company; every field may be filled in later. */
  create: recruiterProcedure
    .input(jobCreateInput)
    .mutation(async ({ ctx, input }) => createJob(ctx.db, await jobEditorOf(ctx.db, ctx.user), input, ctx.now(), originOf(ctx))),

  /** Changes the fields given; skills and screening questions, when given, replace the job's. */
  update: editorProcedure
    .input(jobUpdateInput)
    .mutation(async ({ ctx, input }) => updateJob(ctx.db, await jobEditorOf(ctx.db, ctx.user), input, ctx.now(), originOf(ctx))),

  /** publish, pause, resume or close, as the lifecycle allows from the job's status. */
  transition: editorProcedure
    .input(jobTransitionInput)
    .mutation(async ({ ctx, input }) => transitionJob(ctx.db, await jobEditorOf(ctx.db, ctx.user), input, ctx.now(), originOf(ctx))),

  delete: editorProcedure
    .input(jobByIdInput)
    .mutation(async ({ ctx, input }) => deleteJob(ctx.db, await jobEditorOf(ctx.db, ctx.user), input.id, ctx.now(), originOf(ctx))),
});
