// tRPC core: the context type, the error formatter, access policies and the base procedures every router uses.
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';
import { mapDatabaseError } from '@hotgigs/db';
import type { UserRole } from '@hotgigs/shared';
import type { Context } from './context.ts';

/**
 * Who may call a procedure. Every procedure declares one (a test walks the router to make sure):
 * `public` anyone; `signedIn` any active user; a list of roles for those roles only.
 */
export type AccessPolicy = 'public' | 'signedIn' | readonly ('candidate' | 'recruiter' | 'admin')[];
export interface Meta {
  access: AccessPolicy;
  /** The REST route serving the same procedure (see docs/domain.md), when there is one. */
  rest?: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string };
}

export const GENERIC_ERROR_MESSAGE = 'Something went wrong on our side. Please try again; if it keeps happening, quote the request id.';

/** One readable sentence per problem, naming the field: "limit: Too big: expected number to be <=100". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, ctx }) {
      const validation = error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError ? error.cause : undefined;
      const hideInternals = ctx?.env.NODE_ENV === 'production' && error.code === 'INTERNAL_SERVER_ERROR';
      const flat = validation ? z.flattenError(validation) : undefined;
      return {
        ...shape,
        message: validation ? describeIssues(validation) : hideInternals ? GENERIC_ERROR_MESSAGE : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          requestId: ctx?.requestId,
          ...(flat && { fieldErrors: flat.fieldErrors, formErrors: flat.formErrors }),
          ...(error.cause instanceof ErrorReason && { reason: error.cause.reason }),
          ...(ctx?.env.NODE_ENV === 'development' && { stack: shape.data.stack }),
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Database errors caused by the request become client errors, never a 500 with SQL in it. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = mapDatabaseError(result.error.cause);
    if (mapped?.kind === 'unique_violation') {
      throw new TRPCError({ code: 'CONFLICT', message: 'This already exists.', cause: result.error.cause });
    }
    if (mapped) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: mapped.kind === 'foreign_key_violation' ? 'A referenced item does not exist.' : 'The request is not valid.',
        cause: result.error.cause,
      });
    }
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

const baseProcedure = t.procedure.use(mapErrors).use(sameOriginMutations);

/** Anyone, signed in or not. */
export const publicProcedure = baseProcedure.meta({ access: 'public' });

/** Any active user whose session has passed every factor. */
export const signedInProcedure = baseProcedure.meta({ access: 'signedIn' }).use(({ ctx, next }) => {
  if (!ctx.auth || !ctx.auth.session.mfa_verified) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
  }
  return next({ ctx: { ...ctx, auth: ctx.auth, user: ctx.auth.user } });
});

type Role = UserRole;
/** Signed-in users with one of these roles; admins also need MFA turned on (docs/security.md). */
export function roleProcedure<const R extends readonly Role[]>(...roles: R) {
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

/** A machine-readable reason beside the message, for clients that act on it (`data.reason`). */
export class ErrorReason extends Error {
  constructor(readonly reason: 'email_not_verified' | 'account_deactivated') {
    super(reason);
  }
}

/**
 * A 400 about one field, shaped like a validation error (fieldErrors included) for problems only the server can
 * see: a wrong current password, an invitation that expired.
 */
export function fieldError(field: string, message: string): TRPCError {
  // ZodRealError, not ZodError: only the former is an Error, and tRPC keeps a cause only when it is one.
  const cause = new z.ZodRealError([{ code: 'custom', path: [field], message, input: undefined }]);
  return new TRPCError({ code: 'BAD_REQUEST', message: `${field}: ${message}`, cause });
}

export { TRPCError };
