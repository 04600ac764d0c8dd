// Applications over tRPC (docs/applications.md). `application.*` is the candidate's side, each procedure on the
// caller's own applications; `pipeline.*` the company's, bound to a job or an application of the caller's
// company by the ownership factories.
import {
  addNoteInput,
  applicantsInput,
  applicationIdInput,
  applyInput,
  boardInput,
  bulkMoveInput,
  companyApplicantsInput,
  deleteNoteInput,
  moveInput,
  myApplicationsInput,
  withdrawInput,
} from '@hotgigs/shared';
import { originOf } from '../../trpc/context.ts';
import { router } from '../../trpc/init.ts';
import {
  applicationOfCompanyProcedure,
  applicationOwnerProcedure,
  candidateProcedure,
  companyMemberProcedure,
  jobOwnerProcedure,
} from '../../trpc/procedures.ts';
import {
  addNote,
  applicantBoard,
  applicantDetail,
  bulkMoveApplications,
  deleteNote,
  listApplicants,
  listCompanyApplicants,
  moveApplication,
} from './pipeline.ts';
import { appliedJobs, applyToJob, myApplication, myApplications, withdrawApplication } from './service.ts';

export const applicationRouter = router({
  // (`apply` is a reserved word of tRPC routers: the procedure is `submit`.)
  submit: candidateProcedure
    .input(applyInput)
    .mutation(({ ctx, input }) => applyToJob(ctx.db, { userId: ctx.user.id, candidateId: ctx.candidateId }, input, ctx.now(), originOf(ctx))),

  mine: candidateProcedure
    .input(myApplicationsInput.default({ page: 1, limit: 20 }))
    .query(({ ctx, input }) => myApplications(ctx.db, ctx.candidateId, input)),

  get: applicationOwnerProcedure(applicationIdInput).query(({ ctx }) => myApplication(ctx.db, ctx.candidateId, ctx.application.id)),

  withdraw: applicationOwnerProcedure(withdrawInput).mutation(({ ctx, input }) =>
    withdrawApplication(ctx.db, { userId: ctx.user.id, candidateId: ctx.candidateId }, input, ctx.now(), originOf(ctx)),
  ),

  appliedJobs: candidateProcedure.query(({ ctx }) => appliedJobs(ctx.db, ctx.candidateId)),
});

export const pipelineRouter = router({
  /** Every applicant to the caller's company's jobs (a company's recruiters; admins have no company). */
  companyApplicants: companyMemberProcedure
    .input(companyApplicantsInput.default({ page: 1, limit: 20, sort: 'newest' }))
    .query(({ ctx, input }) => listCompanyApplicants(ctx.db, ctx.recruiter.company_id, input)),

  applicants: jobOwnerProcedure(applicantsInput).query(({ ctx, input }) => listApplicants(ctx.db, { ...input, id: ctx.job.id })),

  board: jobOwnerProcedure(boardInput).query(({ ctx }) => applicantBoard(ctx.db, ctx.job.id)),

  applicant: applicationOfCompanyProcedure(applicationIdInput).query(({ ctx }) => applicantDetail(ctx.db, ctx.editor, ctx.application.id)),

  move: applicationOfCompanyProcedure(moveInput).mutation(({ ctx, input }) =>
    moveApplication(ctx.db, ctx.editor, ctx.application, { to: input.to, reason: input.reason, message: input.message }, ctx.now(), originOf(ctx)),
  ),

  bulkMove: jobOwnerProcedure(bulkMoveInput.transform(({ jobId, ...rest }) => ({ id: jobId, ...rest }))).mutation(({ ctx, input }) =>
    bulkMoveApplications(ctx.db, ctx.editor, ctx.job.id, input.ids, { to: input.to, reason: input.reason, message: input.message }, ctx.now(), originOf(ctx)),
  ),

  addNote: applicationOfCompanyProcedure(addNoteInput).mutation(({ ctx, input }) =>
    addNote(ctx.db, ctx.editor, ctx.application.id, { body: input.body, rating: input.rating }, originOf(ctx)),
  ),

  deleteNote: applicationOfCompanyProcedure(deleteNoteInput).mutation(({ ctx, input }) =>
    deleteNote(ctx.db, ctx.editor, ctx.application.id, input.noteId, originOf(ctx)),
  ),
});
