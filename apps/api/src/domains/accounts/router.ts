// Accounts over tRPC: signing up, in and out (auth), the second factor (mfa), and a person's own data
// (account). Each procedure declares who may call it, calls one service function and sets or clears the
// session cookie, which is the transport's part.
import {
  apiTokenIdInput,
  changePasswordInput,
  createApiTokenInput,
  disableMfaInput,
  emailOnlyInput,
  mfaCodeInput,
  passwordConfirmationInput,
  registerInput,
  resetPasswordInput,
  sessionIdInput,
  signInInput,
  tokenOnlyInput,
} from '@hotgigs/shared';
import { TRPCError } from '@trpc/server';
import { router } from '../../trpc/init.ts';
import { clearSessionCookie, originOf, setDeviceCookie, setSessionCookie, type Context } from '../../trpc/context.ts';
import { apiTokenOwnerProcedure, publicProcedure, sessionOwnerProcedure, sessionProcedure } from '../../trpc/procedures.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
import { loadAccount } from './account.ts';
import { DEVICE_COOKIE_MAX_AGE_SECONDS } from './devices.ts';
import { confirmMfaEnrolment, disableMfa, mfaStatus, regenerateRecoveryCodes, startMfaEnrolment } from './mfa.ts';
import { passwordProblem } from './passwords.ts';
import { deletePersonalData, exportPersonalData } from './personal-data.ts';
import {
  changePassword,
  completeMfaSignIn,
  deactivateOwnAccount,
  register,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  revokeOtherSessions,
  revokeSession,
  signIn,
  signOut,
  verifyEmail,
} from './service.ts';
import { listSessions } from './sessions.ts';

/** The server-side half of the password rules: the common-password list is too big for the browser. */
const registerWithStrongPassword = registerInput.superRefine((value, issue) => {
  const problem = passwordProblem(value.password, { email: value.email });
  if (problem) issue.addIssue({ code: 'custom', path: ['password'], message: problem });
});

/**
 * A new session goes out as the HttpOnly cookie; the token itself appears in the body only for clients that
 * asked for it (`X-Session-Delivery: token`), so no script in a page can read a browser's session.
 */
function deliverSession<T extends { token: string; expiresAt: Date }>(ctx: Context, session: T): Omit<T, 'token'> & { token?: string } {
  setSessionCookie(ctx, session.token, session.expiresAt);
  if (ctx.sessionDelivery === 'token') return session;
  const { token: _token, ...withoutToken } = session;
  return withoutToken;
}

export const authRouter = router({
  register: publicProcedure.input(registerWithStrongPassword).mutation(async ({ ctx, input }) => {
    const { deviceToken, ...sent } = await register(ctx, input, originOf(ctx));
    setDeviceCookie(ctx, deviceToken, DEVICE_COOKIE_MAX_AGE_SECONDS);
    return sent;
  }),

  /** Opened in the browser that signed up, the link signs it in too (the session goes out as the cookie). */
  verifyEmail: publicProcedure.input(tokenOnlyInput).mutation(async ({ ctx, input }) => {
    const verified = await verifyEmail(ctx, input.token, { ...originOf(ctx), deviceToken: ctx.deviceToken });
    return verified.signedIn ? deliverSession(ctx, verified) : verified;
  }),

  resendVerification: publicProcedure.input(emailOnlyInput).mutation(({ ctx, input }) => resendVerification(ctx, input.email, originOf(ctx))),

  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const { deviceToken, ...session } = await signIn(ctx, input, { ...originOf(ctx), deviceToken: ctx.deviceToken });
    const delivered = deliverSession(ctx, session);
    // After the session cookie: the device cookie marks this browser for the next sign-in.
    setDeviceCookie(ctx, deviceToken, DEVICE_COOKIE_MAX_AGE_SECONDS);
    return delivered;
  }),

  /** The second step of signing in with MFA: the pending session is replaced by a full one (new token). */
  verifyMfa: publicProcedure.input(mfaCodeInput).mutation(async ({ ctx, input }) => {
    const pending = ctx.auth && !ctx.auth.session.mfa_verified ? { userId: ctx.auth.user.id, sessionId: ctx.auth.session.id } : undefined;
    return deliverSession(ctx, await completeMfaSignIn(ctx, pending, input.code, originOf(ctx)));
  }),

  /** Ends the caller's session; an API token is not ended this way (it is revoked in Account settings). */
  signOut: publicProcedure.mutation(({ ctx }) => {
    clearSessionCookie(ctx);
    const session = ctx.auth && !ctx.auth.apiToken ? { userId: ctx.auth.user.id, sessionId: ctx.auth.session.id } : undefined;
    return signOut(ctx, session, originOf(ctx));
  }),

  /**
   * Who is signed in. Nobody (no token sent) is an answer, null, not an error: a visitor's every page load would
   * log a failed request. A token that no longer works is UNAUTHORIZED, and a browser's stale cookie is cleared.
   */
  me: publicProcedure.query(({ ctx }) => {
    if (ctx.auth?.session.mfa_verified) return loadAccount(ctx.db, ctx.auth.user.id);
    if (!ctx.presentedToken) return null;
    if (ctx.presentedToken === 'cookie' && !ctx.auth) clearSessionCookie(ctx);
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
  }),

  /**
   * The session's expiry is pushed forward on use; this reports it (and satisfies clients that call refresh).
   * The token is repeated only to a client that sent it as a Bearer token: a cookie client never sees it.
   */
  refresh: sessionProcedure.mutation(({ ctx }) => ({
    expiresAt: ctx.auth.session.expires_at,
    ...(ctx.auth.via === 'bearer' && { token: ctx.auth.token }),
  })),

  changePassword: sessionProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx, { id: ctx.user.id, email: ctx.user.email, sessionId: ctx.auth.session.id }, input, originOf(ctx))),

  requestPasswordReset: publicProcedure.input(emailOnlyInput).mutation(({ ctx, input }) => requestPasswordReset(ctx, input.email, originOf(ctx))),

  resetPassword: publicProcedure.input(resetPasswordInput).mutation(({ ctx, input }) => resetPassword(ctx, input, originOf(ctx))),

  sessions: router({
    list: sessionProcedure.query(({ ctx }) => listSessions(ctx.db, ctx.user.id, ctx.auth.session.id, ctx.now())),
    revoke: sessionOwnerProcedure(sessionIdInput).mutation(async ({ ctx }) => {
      const result = await revokeSession(ctx, ctx.user.id, ctx.ownedSession, originOf(ctx));
      if (ctx.ownedSession === ctx.auth.session.id) clearSessionCookie(ctx);
      return result;
    }),
    revokeOthers: sessionProcedure.mutation(({ ctx }) => revokeOtherSessions(ctx, ctx.user.id, ctx.auth.session.id, originOf(ctx))),
  }),

  /** Personal API tokens for scripts (docs/rest.md#api-tokens): the secret is in the answer to create, once. */
  apiTokens: router({
    list: sessionProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.user.id, ctx.now())),
    create: sessionProcedure.input(createApiTokenInput).mutation(({ ctx, input }) => createApiToken(ctx, ctx.user.id, input, originOf(ctx))),
    revoke: apiTokenOwnerProcedure(apiTokenIdInput).mutation(({ ctx }) => revokeApiToken(ctx, ctx.user.id, ctx.ownedToken, originOf(ctx))),
  }),

  deactivate: sessionProcedure.input(passwordConfirmationInput).mutation(async ({ ctx, input }) => {
    const result = await deactivateOwnAccount(ctx, ctx.user.id, input.password, originOf(ctx));
    clearSessionCookie(ctx);
    return result;
  }),
});

export const mfaRouter = router({
  status: sessionProcedure.query(({ ctx }) => mfaStatus(ctx, ctx.user)),

  /** Step 1: a new secret, shown as a QR code; nothing is enforced until a first code confirms it. */
  startEnrolment: sessionProcedure.mutation(({ ctx }) => startMfaEnrolment(ctx, ctx.user)),

  /** Step 2: the first code proves the app is set up; recovery codes are returned once. */
  confirmEnrolment: sessionProcedure.input(mfaCodeInput).mutation(({ ctx, input }) => confirmMfaEnrolment(ctx, ctx.user, input.code, originOf(ctx))),

  regenerateRecoveryCodes: sessionProcedure
    .input(mfaCodeInput)
    .mutation(({ ctx, input }) => regenerateRecoveryCodes(ctx, ctx.user, input.code, originOf(ctx))),

  /** Needs the password and a current code: a stolen session alone cannot turn the second factor off. */
  disable: sessionProcedure
    .input(disableMfaInput)
    .mutation(({ ctx, input }) => disableMfa(ctx, { ...ctx.user, sessionId: ctx.auth.session.id }, input, originOf(ctx))),
});

export const accountRouter = router({
  /** Everything about the caller, as JSON (GDPR art. 15/20). */
  exportData: sessionProcedure.query(({ ctx }) => exportPersonalData(ctx, ctx.user.id, originOf(ctx))),

  /** Erases personal data; what companies must keep stays, anonymised. */
  delete: sessionProcedure.input(passwordConfirmationInput).mutation(async ({ ctx, input }) => {
    const result = await deletePersonalData(ctx, ctx.user.id, input.password, originOf(ctx));
    clearSessionCookie(ctx);
    return result;
  }),
});
