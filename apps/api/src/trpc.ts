// tRPC core: the context type, the error formatter, access policies and the base procedures every router uses.
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';
import { mapDatabaseError } from '@hotgigs/db';
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

const baseProcedure = t.procedure.use(mapErrors);

/** Anyone, signed in or not. */
export const publicProcedure = baseProcedure.meta({ access: 'public' });

export { TRPCError };
