// Signing up, in and out; email verification; passwords; the second factor at sign-in; own sessions.
import {
  changePasswordInput,
  emailOnlyInput,
  mfaCodeInput,
  passwordConfirmationInput,
  registerInput,
  resetPasswordInput,
  sessionIdInput,
  signInInput,
  tokenOnlyInput,
} from '@hotgigs/shared';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '@hotgigs/shared';
import { recordAudit } from '../auth/audit.ts';
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from '../auth/passwords.ts';
import { enforceRateLimits, RATE_LIMITS, resetRateLimit } from '../auth/rate-limit.ts';
import { createSession, invalidateSession, invalidateUserSessions } from '../auth/sessions.ts';
import { clearSessionCookie, setSessionCookie, type Context } from '../context.ts';
import * as templates from '../email/templates.ts';
import { consumeEmailToken, displayName, issueEmailToken, loadAccount, TOKEN_LIFETIME_MS, uniqueCompanySlug } from '../services/accounts.ts';
import { acceptInvitation } from '../services/companies.ts';
import { verifySecondFactor } from '../services/mfa.ts';
import { publicUrl, sendEmail } from '../services/notify-by-email.ts';
import { ErrorReason, fieldError, publicProcedure, router, signedInProcedure, TRPCError } from '../trpc.ts';

/** The server-side half of the password rules: the common-password list is too big for the browser. */
const registerWithStrongPassword = registerInput.superRefine((value, issue) => {
  const problem = passwordProblem(value.password, { email: value.email });
  if (problem) issue.addIssue({ code: 'custom', path: ['password'], message: problem });
});

/** The answer to register, resend and reset: the same whether or not the email has an account. */
const EMAIL_SENT = { status: 'email_sent' as const };
const INVALID_CREDENTIALS = 'Email or password is incorrect.';

function audit(ctx: Context) {
  return { ip: ctx.ip, userAgent: ctx.userAgent };
}

/**
 * Single-use redemption of an emailed token: the user it was for, or a clear 400. Given a transaction, the
 * token is only used up if that transaction commits. (Rate-limit first, outside any transaction: embedded
 * PGlite has one connection, which the transaction holds.)
 */
async function redeemEmailToken(
  db: Kysely<DB> | Transaction<DB>,
  now: Date,
  token: string,
  purpose: 'email_verification' | 'password_reset',
  expired: string,
) {
  const userId = await consumeEmailToken(db, token, purpose, now);
  if (!userId) throw new TRPCError({ code: 'BAD_REQUEST', message: expired });
  return userId;
}

function sendVerificationEmail(ctx: Context, email: string, name: string, token: string) {
  return sendEmail(ctx, email, templates.verifyEmail({ name, link: publicUrl(ctx.env, `/verify-email?token=${token}`), code: token }));
}

async function startSession(ctx: Context, userId: string, mfaVerified: boolean) {
  const { token, session } = await createSession(ctx.db, userId, {
    now: ctx.now(),
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    mfaVerified,
  });
  setSessionCookie(ctx, token, session.expires_at);
  return { token, expiresAt: session.expires_at };
}

export const authRouter = router({
  register: publicProcedure
    .meta({ access: 'public', rest: { method: 'POST', path: '/auth/register' } })
    .input(registerWithStrongPassword)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimits(ctx, [[RATE_LIMITS.registerPerIp, ctx.ip]]);
      // Hash first on every path, so a taken email costs the same time as a new one.
      const passwordHash = await hashPassword(input.password);
      const existing = await ctx.db.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
      if (existing) {
        await enforceRateLimits(ctx, [[RATE_LIMITS.emailPerAccount, input.email]]).catch(() => undefined);
        await sendEmail(
          ctx,
          input.email,
          templates.accountAlreadyExists({
            signInLink: publicUrl(ctx.env, '/sign-in'),
            resetLink: publicUrl(ctx.env, '/forgot-password'),
          }),
        );
        return EMAIL_SENT;
      }
      const now = ctx.now();
      const created = await ctx.db.transaction().execute(async (trx) => {
        const user = await trx
          .insertInto('users')
          .values({ email: input.email, password_hash: passwordHash, role: input.role })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (input.role === 'candidate') {
          await trx
            .insertInto('candidates')
            .values({ user_id: user.id, first_name: input.firstName, last_name: input.lastName })
            .execute();
        } else {
          const joined = input.invitationToken ? await acceptInvitation(trx, input.invitationToken, input.email, now) : undefined;
          if (input.invitationToken && !joined) {
            throw fieldError('invitationToken', 'This invitation is not valid for this email, or has expired. Ask for a new one.');
          }
          if (!joined && !input.companyName) {
            throw fieldError('companyName', 'Enter your company name.');
          }
          const companyId =
            joined ??
            (
              await trx
                .insertInto('companies')
                .values({ name: input.companyName!, slug: await uniqueCompanySlug(trx, input.companyName!) })
                .returning('id')
                .executeTakeFirstOrThrow()
            ).id;
          await trx
            .insertInto('recruiters')
            .values({
              user_id: user.id,
              company_id: companyId,
              first_name: input.firstName,
              last_name: input.lastName,
              company_role: joined ? 'member' : 'owner',
            })
            .execute();
        }
        const token = await issueEmailToken(trx, user.id, 'email_verification', now);
        await recordAudit(trx, { action: 'auth.register', actorId: user.id, targetType: 'user', targetId: user.id, ...audit(ctx) });
        return { userId: user.id, token };
      });
      await sendVerificationEmail(ctx, input.email, input.firstName, created.token);
      return EMAIL_SENT;
    }),

  verifyEmail: publicProcedure
    .meta({ access: 'public' })
    .input(tokenOnlyInput)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimits(ctx, [[RATE_LIMITS.tokenPerIp, ctx.ip]]);
      const now = ctx.now();
      const userId = await redeemEmailToken(
        ctx.db,
        now,
        input.token,
        'email_verification',
        'This verification link has expired or was already used. Sign in to get a new one, or ask for it again.',
      );
      await ctx.db.updateTable('users').set({ email_verified_at: now }).where('id', '=', userId).where('email_verified_at', 'is', null).execute();
      await recordAudit(ctx.db, { action: 'auth.email_verified', actorId: userId, targetType: 'user', targetId: userId, ...audit(ctx) });
      return { status: 'verified' as const };
    }),

  resendVerification: publicProcedure
    .meta({ access: 'public' })
    .input(emailOnlyInput)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimits(ctx, [
        [RATE_LIMITS.emailPerIp, ctx.ip],
        [RATE_LIMITS.emailPerAccount, input.email],
      ]);
      const user = await ctx.db
        .selectFrom('users')
        .select(['id', 'email_verified_at', 'is_active'])
        .where('email', '=', input.email)
        .executeTakeFirst();
      if (user && user.is_active && !user.email_verified_at) {
        const token = await issueEmailToken(ctx.db, user.id, 'email_verification', ctx.now());
        await sendVerificationEmail(ctx, input.email, displayName(await loadAccount(ctx.db, user.id)), token);
      }
      return EMAIL_SENT;
    }),

  signIn: publicProcedure
    .meta({ access: 'public', rest: { method: 'POST', path: '/auth/login' } })
    .input(signInInput)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimits(ctx, [
        [RATE_LIMITS.loginPerIp, ctx.ip],
        [RATE_LIMITS.loginPerAccount, input.email],
      ]);
      const user = await ctx.db
        .selectFrom('users')
        .select(['id', 'password_hash', 'is_active', 'email_verified_at', 'totp_enabled_at'])
        .where('email', '=', input.email)
        .executeTakeFirst();
      const passwordOk = user?.password_hash
        ? await verifyPassword(user.password_hash, input.password)
        : await verifyAgainstDummy(input.password);
      if (!user || !passwordOk) {
        await recordAudit(ctx.db, {
          action: 'auth.sign_in_failed',
          actorId: user?.id ?? null,
          targetType: 'user',
          ...(user && { targetId: user.id }),
          details: { reason: user ? 'wrong_password' : 'unknown_email' },
          ...audit(ctx),
        });
        throw new TRPCError({ code: 'UNAUTHORIZED', message: INVALID_CREDENTIALS });
      }
      // Only someone who knows the password learns these two states.
      if (!user.is_active) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: 'This account is deactivated. Contact the site administrator to reactivate it.',
          cause: new ErrorReason('account_deactivated'),
        });
      }
      if (!user.email_verified_at) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: 'Verify your email address first: open the link we sent you, or ask for a new one.',
          cause: new ErrorReason('email_not_verified'),
        });
      }
      await resetRateLimit(ctx.db, RATE_LIMITS.loginPerAccount, input.email);
      const mfaRequired = user.totp_enabled_at !== null;
      const session = await startSession(ctx, user.id, !mfaRequired);
      if (!mfaRequired) {
        await ctx.db.updateTable('users').set({ last_login_at: ctx.now() }).where('id', '=', user.id).execute();
        await recordAudit(ctx.db, { action: 'auth.sign_in', actorId: user.id, targetType: 'user', targetId: user.id, ...audit(ctx) });
      }
      return { mfaRequired, ...session, ...(mfaRequired ? { user: null, profile: null } : await loadAccount(ctx.db, user.id)) };
    }),

  /** The second step of signing in with MFA: the pending session is replaced by a full one (new token). */
  verifyMfa: publicProcedure
    .meta({ access: 'public' })
    .input(mfaCodeInput)
    .mutation(async ({ ctx, input }) => {
      const pending = ctx.auth;
      if (!pending || pending.session.mfa_verified) {
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in with your password first.' });
      }
      const userId = pending.user.id;
      await enforceRateLimits(ctx, [[RATE_LIMITS.mfaPerAccount, userId]]);
      if (!(await verifySecondFactor(ctx, userId, input.code))) {
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'That code is not valid. Check your authenticator app and try again.' });
      }
      await invalidateSession(ctx.db, pending.session.id);
      await resetRateLimit(ctx.db, RATE_LIMITS.mfaPerAccount, userId);
      const session = await startSession(ctx, userId, true);
      await ctx.db.updateTable('users').set({ last_login_at: ctx.now() }).where('id', '=', userId).execute();
      await recordAudit(ctx.db, { action: 'auth.sign_in', actorId: userId, targetType: 'user', targetId: userId, details: { mfa: true }, ...audit(ctx) });
      return { mfaRequired: false, ...session, ...(await loadAccount(ctx.db, userId)) };
    }),

  signOut: publicProcedure
    .meta({ access: 'public', rest: { method: 'POST', path: '/auth/logout' } })
    .mutation(async ({ ctx }) => {
      clearSessionCookie(ctx);
      if (!ctx.auth) return { status: 'signed_out' as const };
      await invalidateSession(ctx.db, ctx.auth.session.id);
      await recordAudit(ctx.db, { action: 'auth.sign_out', actorId: ctx.auth.user.id, targetType: 'session', targetId: ctx.auth.session.id, ...audit(ctx) });
      return { status: 'signed_out' as const };
    }),

  me: signedInProcedure
    .meta({ access: 'signedIn', rest: { method: 'GET', path: '/auth/me' } })
    .query(({ ctx }) => loadAccount(ctx.db, ctx.user.id)),

  /** The session's expiry is pushed forward on use; this reports it (and satisfies clients that call refresh). */
  refresh: signedInProcedure
    .meta({ access: 'signedIn', rest: { method: 'POST', path: '/auth/refresh' } })
    .mutation(({ ctx }) => ({ token: ctx.auth.token, expiresAt: ctx.auth.session.expires_at })),

  changePassword: signedInProcedure
    .meta({ access: 'signedIn', rest: { method: 'POST', path: '/auth/change-password' } })
    .input(changePasswordInput)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimits(ctx, [[RATE_LIMITS.loginPerAccount, ctx.user.email]]);
      const user = await ctx.db.selectFrom('users').select('password_hash').where('id', '=', ctx.user.id).executeTakeFirstOrThrow();
      if (!user.password_hash || !(await verifyPassword(user.password_hash, input.currentPassword))) {
        throw fieldError('currentPassword', 'Your current password is not correct.');
      }
      const problem = passwordProblem(input.newPassword, { email: ctx.user.email });
      if (problem) throw fieldError('newPassword', problem);
      await ctx.db.updateTable('users').set({ password_hash: await hashPassword(input.newPassword) }).where('id', '=', ctx.user.id).execute();
      const ended = await invalidateUserSessions(ctx.db, ctx.user.id, ctx.auth.session.id);
      await recordAudit(ctx.db, { action: 'auth.password_changed', actorId: ctx.user.id, targetType: 'user', targetId: ctx.user.id, details: { sessionsEnded: ended }, ...audit(ctx) });
      const account = await loadAccount(ctx.db, ctx.user.id);
      await sendEmail(
        ctx,
        ctx.user.email,
        templates.passwordChanged({ name: displayName(account), when: ctx.now(), resetLink: publicUrl(ctx.env, '/forgot-password') }),
      );
      return { status: 'changed' as const, otherSessionsEnded: ended };
    }),

  requestPasswordReset: publicProcedure
    .meta({ access: 'public' })
    .input(emailOnlyInput)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimits(ctx, [
        [RATE_LIMITS.emailPerIp, ctx.ip],
        [RATE_LIMITS.emailPerAccount, input.email],
      ]);
      const user = await ctx.db.selectFrom('users').select(['id', 'is_active']).where('email', '=', input.email).executeTakeFirst();
      if (user?.is_active) {
        const token = await issueEmailToken(ctx.db, user.id, 'password_reset', ctx.now());
        const account = await loadAccount(ctx.db, user.id);
        await recordAudit(ctx.db, { action: 'auth.password_reset_requested', actorId: null, targetType: 'user', targetId: user.id, ...audit(ctx) });
        await sendEmail(
          ctx,
          input.email,
          templates.passwordReset({
            name: displayName(account),
            link: publicUrl(ctx.env, `/reset-password?token=${token}`),
            expiresInMinutes: TOKEN_LIFETIME_MS.password_reset / 60_000,
          }),
        );
      }
      return EMAIL_SENT;
    }),

  resetPassword: publicProcedure
    .meta({ access: 'public' })
    .input(resetPasswordInput)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimits(ctx, [[RATE_LIMITS.tokenPerIp, ctx.ip]]);
      const now = ctx.now();
      // One transaction: a refused new password rolls the token back, so the link still works for a better one.
      const { userId, email } = await ctx.db.transaction().execute(async (trx) => {
        const userId = await redeemEmailToken(
          trx,
          now,
          input.token,
          'password_reset',
          'This reset link has expired or was already used. Ask for a new one.',
        );
        const { email } = await trx.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
        const problem = passwordProblem(input.newPassword, { email });
        if (problem) throw fieldError('newPassword', problem);
        const passwordHash = await hashPassword(input.newPassword);
        // Whoever holds the reset link proved they own the mailbox: that verifies it too.
        await trx
          .updateTable('users')
          .set((eb) => ({ password_hash: passwordHash, email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(now)) }))
          .where('id', '=', userId)
          .execute();
        return { userId, email };
      });
      const ended = await invalidateUserSessions(ctx.db, userId);
      await recordAudit(ctx.db, { action: 'auth.password_reset', actorId: userId, targetType: 'user', targetId: userId, details: { sessionsEnded: ended }, ...audit(ctx) });
      const account = await loadAccount(ctx.db, userId);
      await sendEmail(ctx, email, templates.passwordChanged({ name: displayName(account), when: now, resetLink: publicUrl(ctx.env, '/forgot-password') }));
      return { status: 'reset' as const };
    }),

  sessions: router({
    list: signedInProcedure.query(async ({ ctx }) => {
      const rows = await ctx.db
        .selectFrom('sessions')
        .select(['id', 'created_at', 'last_verified_at', 'expires_at', 'ip', 'user_agent'])
        .where('user_id', '=', ctx.user.id)
        .where('mfa_verified', '=', true)
        .where('expires_at', '>', ctx.now())
        .orderBy('last_verified_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        createdAt: r.created_at,
        lastActiveAt: r.last_verified_at,
        expiresAt: r.expires_at,
        ip: r.ip,
        userAgent: r.user_agent,
        current: r.id === ctx.auth.session.id,
      }));
    }),
    revoke: signedInProcedure.input(sessionIdInput).mutation(async ({ ctx, input }) => {
      const deleted = await ctx.db
        .deleteFrom('sessions')
        .where('id', '=', input.id)
        .where('user_id', '=', ctx.user.id)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such session.' });
      if (input.id === ctx.auth.session.id) clearSessionCookie(ctx);
      await recordAudit(ctx.db, { action: 'auth.session_revoked', actorId: ctx.user.id, targetType: 'session', targetId: input.id, ...audit(ctx) });
      return { status: 'revoked' as const };
    }),
    revokeOthers: signedInProcedure.mutation(async ({ ctx }) => {
      const ended = await invalidateUserSessions(ctx.db, ctx.user.id, ctx.auth.session.id);
      await recordAudit(ctx.db, { action: 'auth.sessions_revoked', actorId: ctx.user.id, targetType: 'user', targetId: ctx.user.id, details: { sessionsEnded: ended }, ...audit(ctx) });
      return { ended };
    }),
  }),

  deactivate: signedInProcedure.input(passwordConfirmationInput).mutation(async ({ ctx, input }) => {
    const user = await ctx.db.selectFrom('users').select('password_hash').where('id', '=', ctx.user.id).executeTakeFirstOrThrow();
    if (!user.password_hash || !(await verifyPassword(user.password_hash, input.password))) {
      throw fieldError('password', 'Your password is not correct.');
    }
    await ctx.db.updateTable('users').set({ is_active: false, deactivated_at: ctx.now() }).where('id', '=', ctx.user.id).execute();
    await invalidateUserSessions(ctx.db, ctx.user.id);
    clearSessionCookie(ctx);
    await recordAudit(ctx.db, { action: 'account.deactivated', actorId: ctx.user.id, targetType: 'user', targetId: ctx.user.id, ...audit(ctx) });
    return { status: 'deactivated' as const };
  }),
});
