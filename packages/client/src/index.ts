// @hotgigs/client: the Hotgigs API from a script or another service, with the types of the server's router
// (inferred from AppRouter, no generated code), superjson, batching, retries on 429/503 that honour
// Retry-After, and errors a script can switch on (`hotgigsError`).
import type { AppRouter } from '@hotgigs/api';
import { createTRPCClient, httpBatchLink, TRPCClientError, type TRPCClient } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import superjson from 'superjson';

export type { AppRouter };
export type HotgigsInputs = inferRouterInputs<AppRouter>;
export type HotgigsOutputs = inferRouterOutputs<AppRouter>;
export type HotgigsClient = TRPCClient<AppRouter>;

/** The server refuses batches of more calls than this (MAX_BATCH_SIZE on the server). */
const MAX_BATCH_SIZE = 10;

export interface HotgigsClientOptions {
  /** The portal's address, e.g. `https://jobs.example.com` (tRPC answers under `/trpc`). */
  url: string;
  /** A session token (from `auth.signIn`), sent as `Authorization: Bearer`. */
  token?: string;
  /** Or a Cookie header to send, for tools that hold a browser's session. */
  cookies?: string;
  /** Defaults to the global fetch (Node 20 has one). */
  fetch?: typeof fetch;
  /** How many times a call answered 429 or 503 is tried again (default 2); waits Retry-After, else 0.5 s, 1 s, 2 s... */
  retries?: number;
  /** The longest wait between tries, in ms (default 30 s): a longer Retry-After is not waited for but returned. */
  maxRetryDelayMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date, as Retry-After may say; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A fetch that tries again on 429 and 503 (the server did not do the work), waiting as the server asks. */
export function retryingFetch(base: typeof fetch, retries: number, maxDelayMs: number): typeof fetch {
  return async (input, init) => {
    for (let attempt = 0; ; attempt += 1) {
      const response = await base(input, init);
      if ((response.status !== 429 && response.status !== 503) || attempt >= retries) return response;
      const wait = retryAfterMs(response.headers.get('retry-after')) ?? 500 * 2 ** attempt;
      if (wait > maxDelayMs) return response;
      await response.body?.cancel();
      await sleep(wait);
    }
  };
}

export function createHotgigsClient(options: HotgigsClientOptions): HotgigsClient {
  const base = options.fetch ?? globalThis.fetch;
  const doFetch = retryingFetch(base, options.retries ?? 2, options.maxRetryDelayMs ?? 30_000);
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${options.url.replace(/\/+$/, '')}/trpc`,
        transformer: superjson,
        maxItems: MAX_BATCH_SIZE,
        fetch: doFetch,
        headers: () => ({
          // A new session's token comes back in the answer (browsers get it as a cookie instead).
          'x-session-delivery': 'token',
          ...(options.token && { authorization: `Bearer ${options.token}` }),
          ...(options.cookies && { cookie: options.cookies }),
        }),
      }),
    ],
  });
}

/** What went wrong, as a script switches on it. */
export interface HotgigsError {
  /** tRPC's code: BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS, ... */
  code: string;
  httpStatus: number | undefined;
  message: string;
  /** Per field, what is wrong (validation errors): `{ email: ['Enter a valid email address...'] }`. */
  fieldErrors: Record<string, string[] | undefined>;
  /** A stable reason for some refusals (`email_not_verified`, `account_deactivated`...). */
  reason: string | undefined;
  /** The request id to quote when reporting a problem. */
  requestId: string | undefined;
}

interface ErrorData {
  code?: string;
  httpStatus?: number;
  fieldErrors?: Record<string, string[] | undefined>;
  reason?: string;
  requestId?: string;
}

/** The error's details when it came from the Hotgigs API; undefined for anything else (a bug in the script). */
export function hotgigsError(error: unknown): HotgigsError | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data = (error.data ?? {}) as ErrorData;
  return {
    code: data.code ?? 'INTERNAL_SERVER_ERROR',
    httpStatus: data.httpStatus,
    message: error.message,
    fieldErrors: data.fieldErrors ?? {},
    reason: data.reason,
    requestId: data.requestId,
  };
}
