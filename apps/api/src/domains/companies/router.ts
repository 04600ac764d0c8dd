// Companies over tRPC: the public company page, the profile its recruiters edit, and the owner inviting
// colleagues. (The logo is uploaded and served over plain HTTP: http/company-logo.ts.)
import { companyBySlugInput, companyUpdateInput, emailOnlyInput } from '@hotgigs/shared';
import { router } from '../../trpc/init.ts';
import { originOf } from '../../trpc/context.ts';
import { companyMemberProcedure, publicProcedure } from '../../trpc/procedures.ts';
import { getCompanyPage, inviteRecruiter, listInvitations, updateCompanyProfile } from './service.ts';

export const companyRouter = router({
  /** The public company page: profile and open jobs. */
  get: publicProcedure.input(companyBySlugInput).query(({ ctx, input }) => getCompanyPage(ctx.db, input.slug)),

  /** Any recruiter of the company edits its profile; only their own company (the input names none). */
  update: companyMemberProcedure
    .input(companyUpdateInput)
    .mutation(({ ctx, input }) => updateCompanyProfile(ctx.db, ctx.recruiter, input, ctx.user.id, originOf(ctx))),

  invitations: router({
    create: companyMemberProcedure
      .input(emailOnlyInput)
      .mutation(({ ctx, input }) => inviteRecruiter(ctx, ctx.recruiter, input.email, ctx.user.id, originOf(ctx))),
    list: companyMemberProcedure.query(({ ctx }) => listInvitations(ctx.db, ctx.recruiter.company_id)),
  }),
});
