// How a REST endpoint is made (docs/rest.md): a tRPC procedure with OpenAPI meta that calls its twin(s), the
// procedures of the tRPC surface, through a caller with the request's own context. Access, ownership, rate
// limits, validation and every business rule are the twin's, run by the twin: an endpoint only renames fields
// (snake_case in, snake_case out), reshapes the answer to the original API's and documents it. Its own input
// schema gives types (what the OpenAPI document shows); the twin's schema gives the rules.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Context } from '../trpc/context.ts';
import { createCallerFactory, describeIssues, t, type AccessPolicy } from '../trpc/init.ts';
import { appRouter } from '../trpc/router.ts';
import { restFieldName, toRest } from './case.ts';

const callerOf = createCallerFactory(appRouter);
export type Twin = ReturnType<typeof callerOf>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface EndpointSpec<I extends z.ZodObject, O extends z.ZodType> {
  method: Method;
  /** Under /api; path parameters in braces: `/jobs/{id}`. */
  path: `/${string}`;
  summary: string;
  description?: string;
  tag: string;
  /** Who may call it: the same policy as its twin's (rest.test.ts checks), the union for endpoints that pick a twin by role. */
  access: AccessPolicy;
  /** The tRPC procedures it calls, by path ("job.search"). */
  twins: readonly string[];
  input: I;
  output: O;
  /** Where a twin's field is not the REST field of the same name: twin path -> REST name ("filters.remote" -> "remote_option"). */
  fieldNames?: Record<string, string>;
  /** Error statuses worth listing for this endpoint beyond 400/401/403/429, which all may answer. */
  errors?: number[];
  call: (twin: Twin, input: z.output<I>, ctx: Context) => Promise<unknown>;
}

/** A twin's validation error with its field paths renamed to the endpoint's fields. */
function renamed(error: unknown, names: Record<string, string>): unknown {
  if (!(error instanceof TRPCError) || !(error.cause instanceof z.ZodError)) return error;
  const issues = error.cause.issues.map((issue) => {
    // The twin's field, without list indexes ("filters.remote.0" is the field "filters.remote").
    const path = issue.path.filter((p) => typeof p === 'string').join('.');
    return { ...issue, path: path ? [names[path] ?? restFieldName(path)] : [] };
  });
  const cause = new z.ZodRealError(issues as z.core.$ZodIssue[]);
  return new TRPCError({ code: error.code, message: describeIssues(cause), cause });
}

const ERRORS: Record<number, string> = {
  400: 'The input is not valid: `error.fields` names each field and what is wrong.',
  401: 'Sign in first: send `Authorization: Bearer <access_token>`.',
  403: 'This account may not do this.',
  404: 'There is no such thing, or it is not yours to see.',
  409: 'It conflicts with what exists (already applied, a job with applications deleted).',
  413: 'The body is too large.',
  429: 'Too many requests: wait the seconds in `Retry-After`.',
};

export function endpoint<I extends z.ZodObject, O extends z.ZodType>(spec: EndpointSpec<I, O>) {
  const statuses = [400, ...(spec.access === 'public' ? [] : [401, 403]), ...(spec.errors ?? []), 429];
  const procedure = t.procedure
    .meta({
      access: spec.access,
      twins: spec.twins,
      openapi: {
        method: spec.method,
        path: spec.path,
        summary: spec.summary,
        description: spec.description,
        tags: [spec.tag],
        protect: spec.access !== 'public',
        errorResponses: Object.fromEntries([...new Set(statuses)].sort().map((s) => [s, ERRORS[s] ?? 'Error'])),
      },
    })
    // Who may call, before the input is read: nobody gets a 401 and a wrong role a 403 rather than a list of
    // missing fields. The twin checks again, fully (second factor, ownership, admins' MFA).
    .use(({ ctx, next }) => {
      if (spec.access === 'public') return next();
      if (!ctx.auth?.session.mfa_verified) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
      if (Array.isArray(spec.access) && !spec.access.includes(ctx.auth.user.role)) throw new TRPCError({ code: 'FORBIDDEN', message: 'Your account cannot do this.' });
      return next();
    })
    .input(spec.input)
    .output(spec.output);
  const resolve = async ({ ctx, input }: { ctx: Context; input: unknown }) => {
    try {
      return toRest(await spec.call(callerOf(ctx), input as z.output<I>, ctx)) as never;
    } catch (error) {
      throw renamed(error, spec.fieldNames ?? {});
    }
  };
  return spec.method === 'GET' ? procedure.query(resolve) : procedure.mutation(resolve);
}

/** No input (POST /auth/logout), and an id in the path (`/jobs/{id}`). */
export const empty = z.object({});
export const byId = z.object({ id: z.string().describe('UUID') });

/** A query parameter that lists values, as `skills=a,b` or `skills=a&skills=b`. */
export function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => (typeof s === 'string' ? s.split(',').filter(Boolean) : [s]))),
    z.array(item).optional(),
  );
}
