// Resumes over tRPC (docs/profiles.md): the candidate's list, and one resume bound by resumeOwnerProcedure (another
// candidate's answers NOT_FOUND). Upload and download are plain HTTP (http/resume-files.ts).
import { applyResumeInput, resumeIdInput } from '@hotgigs/shared';
import { originOf } from '../../trpc/context.ts';
import { router } from '../../trpc/init.ts';
import { candidateProcedure, resumeOwnerProcedure } from '../../trpc/procedures.ts';
import { suggestRewrites } from './rewrites.ts';
import { applyResumeToProfile, deleteResume, listResumes, reparseResume, resumeDetail, setPrimaryResume } from './service.ts';

export const resumeRouter = router({
  list: candidateProcedure.query(({ ctx }) => listResumes(ctx, ctx.candidateId)),
  get: resumeOwnerProcedure(resumeIdInput).query(({ ctx }) => resumeDetail(ctx.resume, ctx.env)),
  /** Rewrites of weak bullets from the optional AI provider (503 when the portal has none). */
  suggestRewrites: resumeOwnerProcedure(resumeIdInput).mutation(({ ctx }) => suggestRewrites(ctx, ctx.resume, ctx.user.id, originOf(ctx), ctx.log)),
  delete: resumeOwnerProcedure(resumeIdInput).mutation(({ ctx }) =>
    deleteResume(ctx, ctx.resume, ctx.user.id, originOf(ctx), (error) => ctx.log.warn({ err: error }, 'could not delete a resume file')),
  ),
  setPrimary: resumeOwnerProcedure(resumeIdInput).mutation(({ ctx }) => setPrimaryResume(ctx, ctx.resume)),
  reparse: resumeOwnerProcedure(resumeIdInput).mutation(({ ctx }) => reparseResume(ctx, ctx.resume)),
  applyToProfile: resumeOwnerProcedure(applyResumeInput).mutation(({ ctx, input }) =>
    applyResumeToProfile(ctx, ctx.resume, ctx.user.id, { fields: input.fields, skillSlugs: input.skillSlugs }, originOf(ctx)),
  ),
});
