// tRPC's one instance: the context and meta types, superjson, and the error formatter every response goes
// through. Procedures (who may call what) are built in procedures.ts, on top of this.
import { initTRPC } from '@trpc/server';
import type { OpenApiMeta } from 'trpc-to-openapi';
import superjson from 'superjson';
import { serializeOutput } from '../platform/shared-results.ts';
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import type { Context } from './context.ts';

/**
 * Who may call a procedure. Every procedure declares one (the access matrix test calls each as every actor):
 * `public` anyone; `signedIn` any active user; a list of roles for those roles only.
 */
export type AccessPolicy = 'public' | 'signedIn' | readonly ('candidate' | 'recruiter' | 'admin')[];

/** Resources whose id a procedure may take only through the ownership factory that loads and checks it. */
export type OwnedResource = 'job' | 'alert' | 'session' | 'apiToken' | 'resume' | 'application' | 'notification';

export type Meta = OpenApiMeta<{
  access: AccessPolicy;
  /** Set by an ownership factory (procedures.ts): the procedure's input id is checked against the caller. */
  owns?: OwnedResource;
  /** REST endpoints (rest/): the tRPC procedure(s) the endpoint calls, whose rules it shares. */
  twins?: readonly string[];
}>;

export const GENERIC_ERROR_MESSAGE = 'Something went wrong on our side. Please try again; if it keeps happening, quote the request id.';
export const MALFORMED_REQUEST_MESSAGE = 'Malformed request: the body or input could not be read.';

/**
 * A request the server could not even read (a `null` body, superjson meta that recurses, broken JSON) fails
 * with a JavaScript runtime error inside tRPC or the transformer; its text describes our code, not the request.
 */
function isUnreadableRequest(code: string, cause: unknown): boolean {
  return (code === 'BAD_REQUEST' || code === 'PARSE_ERROR') && (cause instanceof TypeError || cause instanceof RangeError || cause instanceof SyntaxError);
}

/** One readable sentence per problem, naming the field: "limit: Too big: expected number to be <=100". */
/** The same problem twice for one field (a rule, and a refinement that checks it again) is said once. */
function distinctIssues(error: z.ZodError): z.ZodError {
  const seen = new Set<string>();
  const issues = error.issues.filter((issue) => {
    const key = `${issue.path.join('.')}\u0000${issue.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return issues.length === error.issues.length ? error : new z.ZodRealError(issues);
}

export function describeIssues(error: z.ZodError): string {
  return distinctIssues(error).issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

export const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    // superjson both ways; answers that are shared results (platform/shared-results.ts) are serialized once.
    transformer: { input: superjson, output: { serialize: serializeOutput, deserialize: superjson.deserialize } },
    errorFormatter({ shape, error, ctx }) {
      const validation = error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError ? distinctIssues(error.cause) : undefined;
      // Details (stack, internal text) only under DEBUG_ERRORS (`pnpm dev`) and only to this machine.
      const details = ctx?.env.DEBUG_ERRORS === true && ctx.fromThisMachine;
      const internal = error.code === 'INTERNAL_SERVER_ERROR' && !details;
      const unreadable = isUnreadableRequest(error.code, error.cause) && !details;
      const flat = validation ? z.flattenError(validation) : undefined;
      const reason = error.cause instanceof DomainError ? error.cause.details.reason : undefined;
      return {
        ...shape,
        message: validation
          ? describeIssues(validation)
          : internal
            ? GENERIC_ERROR_MESSAGE
            : unreadable
              ? MALFORMED_REQUEST_MESSAGE
              : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          requestId: ctx?.requestId,
          ...(flat && { fieldErrors: flat.fieldErrors, formErrors: flat.formErrors }),
          ...(reason && { reason }),
          ...(details && { stack: shape.data.stack }),
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
