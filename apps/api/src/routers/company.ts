// Companies: the public company page, the profile its recruiters edit, and the owner inviting colleagues, who join
// by registering through the emailed link. (The logo is uploaded and served by routes/company-logo.ts.)
import { companyBySlugInput, companyUpdateInput, emailOnlyInput } from '@hotgigs/shared';
import { recordAudit } from '../auth/audit.ts';
import { enforceRateLimits, RATE_LIMITS } from '../auth/rate-limit.ts';
import type { Context } from '../context.ts';
import * as templates from '../email/templates.ts';
import { createInvitation, INVITATION_LIFETIME_DAYS, recruiterOfUser } from '../services/companies.ts';
import { getCompanyPage, updateCompanyProfile } from '../services/company-profile.ts';
import { publicUrl, sendEmail } from '../services/notify-by-email.ts';
import { publicProcedure, roleProcedure, router, TRPCError } from '../trpc.ts';

const recruiterProcedure = roleProcedure('recruiter');

async function recruiterOf(ctx: Pick<Context, 'db'> & { user: { id: string } }) {
  const recruiter = await recruiterOfUser(ctx.db, ctx.user.id);
  if (!recruiter) throw new TRPCError({ code: 'FORBIDDEN', message: 'Your account does not belong to a company.' });
  return recruiter;
}

export const companyRouter = router({
  /** The public company page: profile and open jobs. */
  get: publicProcedure.input(companyBySlugInput).query(async ({ ctx, input }) => {
    const page = await getCompanyPage(ctx.db, input.slug);
    if (!page) throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no company at this address.' });
    return page;
  }),

  /** Any recruiter of the company edits its profile; only their own company (the input names none). */
  update: recruiterProcedure.input(companyUpdateInput).mutation(async ({ ctx, input }) => {
    const recruiter = await recruiterOf(ctx);
    const slug = await updateCompanyProfile(ctx.db, recruiter.company_id, input);
    await recordAudit(ctx.db, {
      action: 'company.updated',
      actorId: ctx.user.id,
      targetType: 'company',
      targetId: recruiter.company_id,
      details: { fields: Object.keys(input).join(',') },
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    return (await getCompanyPage(ctx.db, slug))!;
  }),

  invitations: router({
    create: recruiterProcedure.input(emailOnlyInput).mutation(async ({ ctx, input }) => {
      const recruiter = await recruiterOf(ctx);
      if (recruiter.company_role !== 'owner') {
        throw new TRPCError({ code: 'FORBIDDEN', message: "Only the company's owner can invite recruiters." });
      }
      await enforceRateLimits(ctx, [[RATE_LIMITS.emailPerAccount, `invite:${ctx.user.id}`]]);
      const token = await createInvitation(ctx.db, recruiter.company_id, recruiter.id, input.email, ctx.now());
      await recordAudit(ctx.db, { action: 'company.invitation_sent', actorId: ctx.user.id, targetType: 'company', targetId: recruiter.company_id, ip: ctx.ip, userAgent: ctx.userAgent });
      await sendEmail(
        ctx,
        input.email,
        templates.companyInvitation({
          companyName: recruiter.company_name,
          inviterName: `${recruiter.first_name} ${recruiter.last_name}`,
          link: publicUrl(ctx.env, `/sign-up?role=recruiter&invitation=${token}&email=${encodeURIComponent(input.email)}`),
          expiresInDays: INVITATION_LIFETIME_DAYS,
        }),
      );
      return { status: 'invited' as const };
    }),

    list: recruiterProcedure.query(async ({ ctx }) => {
      const recruiter = await recruiterOf(ctx);
      const rows = await ctx.db
        .selectFrom('company_invitations')
        .select(['id', 'email', 'created_at', 'expires_at', 'accepted_at'])
        .where('company_id', '=', recruiter.company_id)
        .orderBy('created_at', 'desc')
        .limit(100)
        .execute();
      return rows.map((r) => ({ id: r.id, email: r.email, sentAt: r.created_at, expiresAt: r.expires_at, acceptedAt: r.accepted_at }));
    }),
  }),
});
