// The procedures every router is built from. Each binds who may call it (access), and the ownership factories
// also load the resource an input id names, check it belongs to the caller, and hand it to the handler, so no
// handler or service repeats an ownership check. Errors thrown by services (errors.ts) and by the database
// become tRPC codes here, in one place.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { mapDatabaseError } from '@hotgigs/db';
import type { UserRole } from '@hotgigs/shared';
import { alertOfCandidate } from '../domains/alerts/service.ts';
import { applicationOfCompany } from '../domains/applications/pipeline.ts';
import { applicationOfCandidate } from '../domains/applications/service.ts';
import { notificationOfUser } from '../domains/notifications/service.ts';
import { apiTokenOfUser, enforceApiTokenUse } from '../domains/accounts/api-tokens.ts';
import { ownSession } from '../domains/accounts/sessions.ts';
import { candidateIdOf } from '../domains/candidates/service.ts';
import { companyRecruiterOf } from '../domains/companies/recruiters.ts';
import { resumeOfCandidate } from '../domains/resumes/service.ts';
import { jobEditorOf, ownedJob } from '../domains/jobs/company-jobs.ts';
import { DomainError, ERROR_CODE } from '../errors.ts';
import { t } from './init.ts';

/** A service's domain error as the tRPC error clients know: field problems shaped like validation errors. */
export function toTRPCError(error: DomainError): TRPCError {
  const { fields } = error.details;
  // ZodRealError, not ZodError: only the former is an Error, and tRPC keeps a cause only when it is one.
  const cause = fields?.length
    ? new z.ZodRealError(fields.map(([field, message]) => ({ code: 'custom' as const, path: [field], message, input: undefined })))
    : error;
  return new TRPCError({ code: ERROR_CODE[error.kind].code, message: error.message, cause });
}

/**
 * Domain errors become their tRPC codes (429s with Retry-After); database errors caused by the request become
 * client errors, never a 500 with SQL in it.
 */
const mapErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) {
    if (cause.details.retryAfterSeconds !== undefined) ctx.setHeader('retry-after', String(cause.details.retryAfterSeconds));
    throw toTRPCError(cause);
  }
  const mapped = mapDatabaseError(cause);
  if (mapped?.kind === 'unique_violation') {
    throw new TRPCError({ code: 'CONFLICT', message: 'This already exists.', cause });
  }
  if (mapped) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: mapped.kind === 'foreign_key_violation' ? 'A referenced item does not exist.' : 'The request is not valid.',
      cause,
    });
  }
  return result;
});

/** Cookie-authenticated browsers may only change things from our own pages (CSRF); GET never changes state. */
const sameOriginMutations = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation' && !ctx.sameOrigin) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Cross-site requests may not change anything.' });
  }
  return next();
});

/**
 * A personal API token calls as its user, within its scope (read-only: queries only) and its own rate limit,
 * counted per procedure call (docs/rest.md#api-tokens).
 */
const apiTokenRules = t.middleware(async ({ ctx, type, next }) => {
  if (ctx.auth?.apiToken) await enforceApiTokenUse(ctx.db, ctx.now(), ctx.auth.apiToken, type === 'mutation');
  return next();
});

const baseProcedure = t.procedure.use(mapErrors).use(sameOriginMutations).use(apiTokenRules);

/** Anyone, signed in or not. */
export const publicProcedure = baseProcedure.meta({ access: 'public' });

/** Any active user whose session has passed every factor. */
export const signedInProcedure = baseProcedure.meta({ access: 'signedIn' }).use(({ ctx, next }) => {
  if (!ctx.auth || !ctx.auth.session.mfa_verified) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
  }
  return next({ ctx: { ...ctx, auth: ctx.auth, user: ctx.auth.user } });
});

/**
 * Signed in through the web app, not with an API token: what guards the account itself (passwords, sessions,
 * the second factor, tokens, export and erasure), so a leaked script token cannot take the account over.
 */
export const sessionProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (ctx.auth.apiToken) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'API tokens cannot manage the account (passwords, sessions, two-factor, tokens): sign in to the web app.' });
  }
  return next();
});

/** Signed-in users with one of these roles; admins also need MFA turned on (docs/security.md). */
export function roleProcedure<const R extends readonly UserRole[]>(...roles: R) {
  return signedInProcedure.meta({ access: roles }).use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Your account cannot do this.' });
    }
    if (ctx.user.role === 'admin' && !ctx.user.mfaEnabled) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Admins must turn on two-factor authentication first (Account settings).' });
    }
    return next({ ctx: { ...ctx, user: { ...ctx.user, role: ctx.user.role as R[number] } } });
  });
}

export const adminProcedure = roleProcedure('admin');

/** A candidate, with their candidate profile's id as `ctx.candidateId`. */
export const candidateProcedure = roleProcedure('candidate').use(async ({ ctx, next }) =>
  next({ ctx: { ...ctx, candidateId: await candidateIdOf(ctx.db, ctx.user.id) } }),
);

/** A recruiter of a company, as `ctx.recruiter` (FORBIDDEN for a recruiter account without one). */
export const companyMemberProcedure = roleProcedure('recruiter').use(async ({ ctx, next }) =>
  next({ ctx: { ...ctx, recruiter: await companyRecruiterOf(ctx.db, ctx.user.id) } }),
);

/** An input whose `id` names the resource. */
type IdInput = z.ZodType<{ id: string }, unknown>;
const idOf = (input: unknown) => (input as { id: string }).id;

/**
 * A job of the caller's company (or any job, for admins: moderation), as `ctx.job`, with the caller as
 * `ctx.editor`. Another company's job answers NOT_FOUND, exactly like a missing one.
 */
export function jobOwnerProcedure<S extends IdInput>(input: S) {
  return roleProcedure('recruiter', 'admin')
    .meta({ access: ['recruiter', 'admin'], owns: 'job' })
    .input(input)
    .use(async ({ ctx, input, next }) => {
      const editor = await jobEditorOf(ctx.db, ctx.user);
      return next({ ctx: { ...ctx, editor, job: await ownedJob(ctx.db, editor, idOf(input)) } });
    });
}

/** One of the calling candidate's alerts, as `ctx.alert`; anyone else's answers NOT_FOUND. */
export function alertOwnerProcedure<S extends IdInput>(input: S) {
  return candidateProcedure
    .meta({ access: ['candidate'], owns: 'alert' })
    .input(input)
    .use(async ({ ctx, input, next }) => next({ ctx: { ...ctx, alert: await alertOfCandidate(ctx.db, ctx.candidateId, idOf(input)) } }));
}

/** One of the caller's own sessions, as `ctx.ownedSession`; anyone else's answers NOT_FOUND. */
export function sessionOwnerProcedure<S extends IdInput>(input: S) {
  return sessionProcedure
    .meta({ access: 'signedIn', owns: 'session' })
    .input(input)
    .use(async ({ ctx, input, next }) => next({ ctx: { ...ctx, ownedSession: await ownSession(ctx.db, ctx.user.id, idOf(input)) } }));
}

/** One of the caller's own API tokens, as `ctx.ownedToken`; anyone else's answers NOT_FOUND. */
export function apiTokenOwnerProcedure<S extends IdInput>(input: S) {
  return sessionProcedure
    .meta({ access: 'signedIn', owns: 'apiToken' })
    .input(input)
    .use(async ({ ctx, input, next }) => next({ ctx: { ...ctx, ownedToken: await apiTokenOfUser(ctx.db, ctx.user.id, idOf(input)) } }));
}

/** One of the calling candidate's resumes, as `ctx.resume`; anyone else's answers NOT_FOUND, like a missing one. */
export function resumeOwnerProcedure<S extends IdInput>(input: S) {
  return candidateProcedure
    .meta({ access: ['candidate'], owns: 'resume' })
    .input(input)
    .use(async ({ ctx, input, next }) => next({ ctx: { ...ctx, resume: await resumeOfCandidate(ctx.db, ctx.candidateId, idOf(input)) } }));
}

/** One of the calling candidate's applications, as `ctx.application`; anyone else's answers NOT_FOUND. */
export function applicationOwnerProcedure<S extends IdInput>(input: S) {
  return candidateProcedure
    .meta({ access: ['candidate'], owns: 'application' })
    .input(input)
    .use(async ({ ctx, input, next }) => next({ ctx: { ...ctx, application: await applicationOfCandidate(ctx.db, ctx.candidateId, idOf(input)) } }));
}

/**
 * An application to a job of the caller's company (any, for admins), as `ctx.application`, with the caller as
 * `ctx.editor`. Another company's answers NOT_FOUND, like a missing one.
 */
export function applicationOfCompanyProcedure<S extends IdInput>(input: S) {
  return roleProcedure('recruiter', 'admin')
    .meta({ access: ['recruiter', 'admin'], owns: 'application' })
    .input(input)
    .use(async ({ ctx, input, next }) => {
      const editor = await jobEditorOf(ctx.db, ctx.user);
      return next({ ctx: { ...ctx, editor, application: await applicationOfCompany(ctx.db, editor, idOf(input)) } });
    });
}

/** One of the caller's notifications, as `ctx.notification`; anyone else's answers NOT_FOUND. */
export function notificationOwnerProcedure<S extends IdInput>(input: S) {
  return signedInProcedure
    .meta({ access: 'signedIn', owns: 'notification' })
    .input(input)
    .use(async ({ ctx, input, next }) => next({ ctx: { ...ctx, notification: await notificationOfUser(ctx.db, ctx.user.id, idOf(input)) } }));
}
