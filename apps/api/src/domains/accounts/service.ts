// Signing up, in and out; email verification; passwords; ending sessions; deactivating an account. Each
// function is one user action: it checks the rate limits, does the work, writes the audit log and sends the
// email. Setting or clearing the browser's cookie is the caller's part (the transport's).
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB, RegisterInput } from '@hotgigs/shared';
import type { AppServices } from '../../app-services.ts';
import { publicUrl, sendEmail, templates } from '../../email/index.ts';
import { fieldError, forbidden, invalid, unauthorized } from '../../errors.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import { enforceRateLimits, RATE_LIMITS, resetRateLimit, type RateLimit } from '../../platform/rate-limit.ts';
import { acceptInvitation, createCompany } from '../companies/recruiters.ts';
import { checkPassword, consumeEmailToken, displayName, issueEmailToken, loadAccount, TOKEN_LIFETIME_MS } from './account.ts';
import { deviceOf, newDeviceToken, signedInFrom } from './devices.ts';
import { verifySecondFactor } from './mfa.ts';
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { revokeUserApiTokens } from './api-tokens.ts';
import { createSession, invalidateSession, invalidateUserSessions } from './sessions.ts';

export type AccountDeps = Pick<AppServices, 'db' | 'env' | 'mailer' | 'now'>;

/** The answer to register, resend and reset: the same whether or not the email has an account. */
const EMAIL_SENT = { status: 'email_sent' as const };
const INVALID_CREDENTIALS = 'Email or password is incorrect.';

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
  if (!userId) throw invalid(expired);
  return userId;
}

function sendVerificationEmail(deps: AccountDeps, email: string, name: string, token: string) {
  return sendEmail(deps, email, templates.verifyEmail({ name, link: publicUrl(deps.env, `/verify-email?token=${token}`), code: token }));
}

/** A new session for the user; `mfaVerified` false leaves it waiting for the second factor. */
async function startSession(deps: AccountDeps, userId: string, mfaVerified: boolean, origin: RequestOrigin) {
  const { token, session } = await createSession(deps.db, userId, { now: deps.now(), ip: origin.ip, userAgent: origin.userAgent, mfaVerified });
  return { token, expiresAt: session.expires_at };
}

/**
 * Creates the account and emails its verification link. The browser that signed up gets a device token for
 * the new account (it chose the password), so opening the link in that same browser signs it in
 * (`verifyEmail`). An address that already has an account gets a token for no account, so the answer looks
 * the same either way and the token is worth nothing.
 */
export async function register(deps: AccountDeps & Pick<AppServices, 'secretKey'>, input: RegisterInput, origin: RequestOrigin) {
  const { db, env } = deps;
  await enforceRateLimits(db, deps.now(), [[RATE_LIMITS.registerPerIp, origin.ip]]);
  // Hash first on every path, so a taken email costs the same time as a new one.
  const passwordHash = await hashPassword(input.password);
  const existing = await db.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
  if (existing) {
    await enforceRateLimits(db, deps.now(), [[RATE_LIMITS.emailPerAccount, input.email]]).catch(() => undefined);
    await sendEmail(
      deps,
      input.email,
      templates.accountAlreadyExists({ signInLink: publicUrl(env, '/sign-in'), resetLink: publicUrl(env, '/forgot-password') }),
    );
    return { ...EMAIL_SENT, deviceToken: newDeviceToken(deps.secretKey, randomUUID()) };
  }
  const now = deps.now();
  const created = await db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({ email: input.email, password_hash: passwordHash, role: input.role })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.role === 'candidate') {
      await trx.insertInto('candidates').values({ user_id: user.id, first_name: input.firstName, last_name: input.lastName }).execute();
    } else {
      const joined = input.invitationToken ? await acceptInvitation(trx, input.invitationToken, input.email, now) : undefined;
      if (input.invitationToken && !joined) {
        throw fieldError('invitationToken', 'This invitation is not valid for this email, or has expired. Ask for a new one.');
      }
      if (!joined && !input.companyName) {
        throw fieldError('companyName', 'Enter your company name.');
      }
      const companyId = joined ?? (await createCompany(trx, input.companyName!));
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
    await recordAudit(trx, { action: 'auth.register', actorId: user.id, targetType: 'user', targetId: user.id, ...origin });
    return { userId: user.id, token };
  });
  await sendVerificationEmail(deps, input.email, input.firstName, created.token);
  return { ...EMAIL_SENT, deviceToken: newDeviceToken(deps.secretKey, created.userId) };
}

/**
 * Confirms the address. Opened in the browser that signed up (its device token names this account), it also
 * signs that browser in: the link proves the mailbox, the device token proves the password. Anywhere else the
 * answer carries the address, so the page can offer the sign-in form with it filled in.
 */
export async function verifyEmail(
  deps: AccountDeps & Pick<AppServices, 'secretKey'>,
  token: string,
  origin: RequestOrigin & { deviceToken: string | undefined },
) {
  const { db } = deps;
  await enforceRateLimits(db, deps.now(), [[RATE_LIMITS.tokenPerIp, origin.ip]]);
  const now = deps.now();
  const userId = await redeemEmailToken(
    db,
    now,
    token,
    'email_verification',
    'This verification link has expired or was already used. Sign in to get a new one, or ask for it again.',
  );
  await db.updateTable('users').set({ email_verified_at: now }).where('id', '=', userId).where('email_verified_at', 'is', null).execute();
  const { deviceToken, ...where } = origin;
  await recordAudit(db, { action: 'auth.email_verified', actorId: userId, targetType: 'user', targetId: userId, ...where });
  const user = await db.selectFrom('users').select(['email', 'is_active', 'totp_enabled_at']).where('id', '=', userId).executeTakeFirstOrThrow();
  // A second factor, once set up, is never skipped; a deactivated account is not signed in.
  if (!deviceOf(deps.secretKey, userId, deviceToken) || !user.is_active || user.totp_enabled_at) {
    return { status: 'verified' as const, signedIn: false as const, email: user.email };
  }
  const session = await startSession(deps, userId, true, where);
  await db.updateTable('users').set({ last_login_at: now }).where('id', '=', userId).execute();
  await recordAudit(db, { action: 'auth.sign_in', actorId: userId, targetType: 'user', targetId: userId, details: { via: 'email_verification' }, ...where });
  return { status: 'verified' as const, signedIn: true as const, email: user.email, ...session, ...(await loadAccount(db, userId)) };
}

export async function resendVerification(deps: AccountDeps, email: string, origin: RequestOrigin) {
  const { db } = deps;
  await enforceRateLimits(db, deps.now(), [
    [RATE_LIMITS.emailPerIp, origin.ip],
    [RATE_LIMITS.emailPerAccount, email],
  ]);
  const user = await db.selectFrom('users').select(['id', 'email_verified_at', 'is_active']).where('email', '=', email).executeTakeFirst();
  if (user && user.is_active && !user.email_verified_at) {
    const token = await issueEmailToken(db, user.id, 'email_verification', deps.now());
    await sendVerificationEmail(deps, email, displayName(await loadAccount(db, user.id)), token);
  }
  return EMAIL_SENT;
}

/**
 * The password step of signing in. Without MFA the session is complete; with it, the session waits for the
 * second factor (`verifyMfa`) and nothing about the account is returned yet.
 *
 * Guessing is limited per account, but a stranger's wrong guesses must not keep the owner out: attempts from
 * a device that signed in to the account before (its device token) or from an address it signed in from are
 * counted on their own, per device or address; only attempts from unknown clients share the account's
 * bucket. A success hands the browser a device token (`deviceToken`) for next time.
 */
export async function signIn(
  deps: AccountDeps & Pick<AppServices, 'secretKey'>,
  input: { email: string; password: string },
  origin: RequestOrigin & { deviceToken: string | undefined },
) {
  const { db } = deps;
  await enforceRateLimits(db, deps.now(), [[RATE_LIMITS.loginPerIp, origin.ip]]);
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'is_active', 'email_verified_at', 'totp_enabled_at'])
    .where('email', '=', input.email)
    .executeTakeFirst();
  const device = user && deviceOf(deps.secretKey, user.id, origin.deviceToken);
  const knownAddress = user !== undefined && !device && (await signedInFrom(db, user.id, origin.ip));
  const bucket: [RateLimit, string] = device
    ? [RATE_LIMITS.loginPerTrustedClient, `${input.email}:device:${device}`]
    : knownAddress
      ? [RATE_LIMITS.loginPerTrustedClient, `${input.email}:ip:${origin.ip}`]
      : [RATE_LIMITS.loginPerAccount, input.email];
  await enforceRateLimits(db, deps.now(), [bucket]);
  const passwordOk = user?.password_hash ? await verifyPassword(user.password_hash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !passwordOk) {
    await recordAudit(db, {
      action: 'auth.sign_in_failed',
      actorId: user?.id ?? null,
      targetType: 'user',
      ...(user && { targetId: user.id }),
      details: { reason: user ? 'wrong_password' : 'unknown_email', client: device ? 'known_device' : knownAddress ? 'known_address' : 'unknown' },
      ip: origin.ip,
      userAgent: origin.userAgent,
    });
    throw unauthorized(INVALID_CREDENTIALS);
  }
  // Only someone who knows the password learns these two states.
  if (!user.is_active) {
    throw forbidden('This account is deactivated. Contact the site administrator to reactivate it.', 'account_deactivated');
  }
  if (!user.email_verified_at) {
    throw forbidden('Verify your email address first: open the link we sent you, or ask for a new one.', 'email_not_verified');
  }
  await resetRateLimit(db, bucket[0], bucket[1]);
  const mfaRequired = user.totp_enabled_at !== null;
  const session = await startSession(deps, user.id, !mfaRequired, origin);
  if (!mfaRequired) {
    await db.updateTable('users').set({ last_login_at: deps.now() }).where('id', '=', user.id).execute();
    await recordAudit(db, { action: 'auth.sign_in', actorId: user.id, targetType: 'user', targetId: user.id, ip: origin.ip, userAgent: origin.userAgent });
  }
  return {
    mfaRequired,
    ...session,
    deviceToken: newDeviceToken(deps.secretKey, user.id),
    ...(mfaRequired ? { user: null, profile: null } : await loadAccount(db, user.id)),
  };
}

/** The second step of signing in with MFA: the pending session is replaced by a full one (new token). */
export async function completeMfaSignIn(
  deps: AccountDeps & Pick<AppServices, 'secretKey'>,
  pending: { userId: string; sessionId: string } | undefined,
  code: string,
  origin: RequestOrigin,
) {
  const { db } = deps;
  if (!pending) throw unauthorized('Sign in with your password first.');
  const { userId } = pending;
  await enforceRateLimits(db, deps.now(), [[RATE_LIMITS.mfaPerAccount, userId]]);
  if (!(await verifySecondFactor(deps, userId, code, origin))) {
    throw unauthorized('That code is not valid. Check your authenticator app and try again.');
  }
  await invalidateSession(db, pending.sessionId);
  await resetRateLimit(db, RATE_LIMITS.mfaPerAccount, userId);
  const session = await startSession(deps, userId, true, origin);
  await db.updateTable('users').set({ last_login_at: deps.now() }).where('id', '=', userId).execute();
  await recordAudit(db, { action: 'auth.sign_in', actorId: userId, targetType: 'user', targetId: userId, details: { mfa: true }, ...origin });
  return { mfaRequired: false, ...session, ...(await loadAccount(db, userId)) };
}

export async function signOut(deps: Pick<AppServices, 'db'>, signedIn: { userId: string; sessionId: string } | undefined, origin: RequestOrigin) {
  if (signedIn) {
    await invalidateSession(deps.db, signedIn.sessionId);
    await recordAudit(deps.db, { action: 'auth.sign_out', actorId: signedIn.userId, targetType: 'session', targetId: signedIn.sessionId, ...origin });
  }
  return { status: 'signed_out' as const };
}

export async function changePassword(
  deps: AccountDeps,
  user: { id: string; email: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
  origin: RequestOrigin,
) {
  const { db } = deps;
  await enforceRateLimits(db, deps.now(), [[RATE_LIMITS.passwordChangePerAccount, user.id]]);
  await checkPassword(db, user.id, input.currentPassword, 'currentPassword', 'Your current password is not correct.');
  const problem = passwordProblem(input.newPassword, { email: user.email });
  if (problem) throw fieldError('newPassword', problem);
  await db.updateTable('users').set({ password_hash: await hashPassword(input.newPassword) }).where('id', '=', user.id).execute();
  const ended = await invalidateUserSessions(db, user.id, user.sessionId);
  await recordAudit(db, { action: 'auth.password_changed', actorId: user.id, targetType: 'user', targetId: user.id, details: { sessionsEnded: ended }, ...origin });
  const account = await loadAccount(db, user.id);
  await sendEmail(
    deps,
    user.email,
    templates.passwordChanged({ name: displayName(account), when: deps.now(), resetLink: publicUrl(deps.env, '/forgot-password') }),
  );
  return { status: 'changed' as const, otherSessionsEnded: ended };
}

export async function requestPasswordReset(deps: AccountDeps, email: string, origin: RequestOrigin) {
  const { db } = deps;
  await enforceRateLimits(db, deps.now(), [
    [RATE_LIMITS.emailPerIp, origin.ip],
    [RATE_LIMITS.emailPerAccount, email],
  ]);
  const user = await db.selectFrom('users').select(['id', 'is_active']).where('email', '=', email).executeTakeFirst();
  if (user?.is_active) {
    const token = await issueEmailToken(db, user.id, 'password_reset', deps.now());
    const account = await loadAccount(db, user.id);
    await recordAudit(db, { action: 'auth.password_reset_requested', actorId: null, targetType: 'user', targetId: user.id, ...origin });
    await sendEmail(
      deps,
      email,
      templates.passwordReset({
        name: displayName(account),
        link: publicUrl(deps.env, `/reset-password?token=${token}`),
        expiresInMinutes: TOKEN_LIFETIME_MS.password_reset / 60_000,
      }),
    );
  }
  return EMAIL_SENT;
}

export async function resetPassword(deps: AccountDeps, input: { token: string; newPassword: string }, origin: RequestOrigin) {
  const { db } = deps;
  await enforceRateLimits(db, deps.now(), [[RATE_LIMITS.tokenPerIp, origin.ip]]);
  const now = deps.now();
  // One transaction: a refused new password rolls the token back, so the link still works for a better one.
  const { userId, email } = await db.transaction().execute(async (trx) => {
    const userId = await redeemEmailToken(trx, now, input.token, 'password_reset', 'This reset link has expired or was already used. Ask for a new one.');
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
  // Whoever reset the password may be taking the account back: every session and API token ends.
  const ended = await invalidateUserSessions(db, userId);
  const tokensRevoked = await revokeUserApiTokens(db, userId);
  await recordAudit(db, { action: 'auth.password_reset', actorId: userId, targetType: 'user', targetId: userId, details: { sessionsEnded: ended, tokensRevoked }, ...origin });
  const account = await loadAccount(db, userId);
  await sendEmail(deps, email, templates.passwordChanged({ name: displayName(account), when: now, resetLink: publicUrl(deps.env, '/forgot-password') }));
  return { status: 'reset' as const };
}

/** Ends one of the user's sessions (ownership checked by the caller's procedure). */
export async function revokeSession(deps: Pick<AppServices, 'db'>, userId: string, sessionId: string, origin: RequestOrigin) {
  await invalidateSession(deps.db, sessionId);
  await recordAudit(deps.db, { action: 'auth.session_revoked', actorId: userId, targetType: 'session', targetId: sessionId, ...origin });
  return { status: 'revoked' as const };
}

/** "Sign out everywhere else". */
export async function revokeOtherSessions(deps: Pick<AppServices, 'db'>, userId: string, currentSessionId: string, origin: RequestOrigin) {
  const ended = await invalidateUserSessions(deps.db, userId, currentSessionId);
  await recordAudit(deps.db, { action: 'auth.sessions_revoked', actorId: userId, targetType: 'user', targetId: userId, details: { sessionsEnded: ended }, ...origin });
  return { ended };
}

/** The owner closes their account for now (an admin can reactivate it); needs the password. */
export async function deactivateOwnAccount(deps: Pick<AppServices, 'db' | 'now'>, userId: string, password: string, origin: RequestOrigin) {
  const { db } = deps;
  await checkPassword(db, userId, password, 'password', 'Your password is not correct.');
  await db.updateTable('users').set({ is_active: false, deactivated_at: deps.now() }).where('id', '=', userId).execute();
  await invalidateUserSessions(db, userId);
  await recordAudit(db, { action: 'account.deactivated', actorId: userId, targetType: 'user', targetId: userId, ...origin });
  return { status: 'deactivated' as const };
}
