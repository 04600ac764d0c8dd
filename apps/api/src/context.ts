// What every procedure receives. `createContextInner` is what tests use; the HTTP host builds it per request,
// resolving the session from the cookie or the `Authorization: Bearer` header.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '@hotgigs/shared';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import { readCookie, serializeClearedCookie, serializeSessionCookie, sessionCookie } from './auth/cookies.ts';
import { validateSessionToken, type ValidSession } from './auth/sessions.ts';
import type { Mailer } from './email/index.ts';
import type { Env } from './env.ts';
import type { GenerationCache } from './services/search-cache.ts';
import type { SearchResult } from './services/search.ts';

/** Everything a procedure needs from the process: the same for every request. */
export interface AppServices {
  db: Kysely<DB>;
  env: Env;
  mailer: Mailer;
  /** 32-byte key that encrypts secrets at rest (MFA secrets). */
  secretKey: Uint8Array;
  /** The clock; tests move it instead of sleeping. */
  now: () => Date;
  /** Job search results of this instance (SEARCH_CACHE_ENTRIES). */
  searchCache: GenerationCache<SearchResult>;
}

export interface ContextInner extends AppServices {
  log: Logger;
  requestId: string;
  /** Client address as seen by the server (after trusted proxies). */
  ip: string | undefined;
  userAgent: string | undefined;
  /** The signed-in session, including one still waiting for its second factor (see `session.mfa_verified`). */
  auth: (ValidSession & { token: string; via: 'cookie' | 'bearer' }) | undefined;
  /**
   * False when a browser says the request comes from another site (Sec-Fetch-Site or Origin): such requests
   * may not change anything (CSRF).
   */
  sameOrigin: boolean;
  /** Sets a response header (Set-Cookie, Retry-After); a no-op when called outside HTTP. */
  setHeader: (name: string, value: string) => void;
}

export type Context = ContextInner;

export function createContextInner(inner: ContextInner): Context {
  return inner;
}

export function setSessionCookie(ctx: Context, token: string, expiresAt: Date): void {
  ctx.setHeader('set-cookie', serializeSessionCookie(sessionCookie(ctx.env), token, expiresAt));
}

export function clearSessionCookie(ctx: Context): void {
  ctx.setHeader('set-cookie', serializeClearedCookie(sessionCookie(ctx.env)));
}

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
}

/** The token a request carries: the Authorization header wins over the cookie. */
export function sessionTokenOf(req: RequestLike, env: Env): { token: string; via: 'cookie' | 'bearer' } | undefined {
  const authorization = req.headers.authorization;
  if (typeof authorization === 'string' && authorization.startsWith('Bearer ')) {
    return { token: authorization.slice(7).trim(), via: 'bearer' };
  }
  const cookieHeader = req.headers.cookie;
  const token = readCookie(typeof cookieHeader === 'string' ? cookieHeader : undefined, sessionCookie(env).name);
  return token ? { token, via: 'cookie' } : undefined;
}

/** Same-origin per the browser's own headers; requests without them (scripts, curl) are not cross-site. */
export function isSameOrigin(req: RequestLike, env: Env): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (typeof origin !== 'string' || origin === 'null') return false;
  const host = req.headers.host;
  const allowed = new Set([`http://${host}`, `https://${host}`]);
  if (env.PUBLIC_URL) allowed.add(new URL(env.PUBLIC_URL).origin);
  return allowed.has(origin);
}

export async function resolveAuth(services: AppServices, req: RequestLike): Promise<ContextInner['auth']> {
  const carried = sessionTokenOf(req, services.env);
  if (!carried) return undefined;
  const valid = await validateSessionToken(services.db, carried.token, services.now());
  return valid ? { ...valid, ...carried } : undefined;
}

export function contextFromRequest(services: AppServices): (opts: CreateFastifyContextOptions) => Promise<Context> {
  return async ({ req, res }) => {
    const ctx = createContextInner({
      ...services,
      log: req.log as unknown as Logger,
      requestId: String(req.id),
      ip: req.ip,
      userAgent: req.headers['user-agent']?.slice(0, 512),
      auth: await resolveAuth(services, req),
      sameOrigin: isSameOrigin(req, services.env),
      setHeader: (name, value) => void res.header(name, value),
    });
    // A sliding expiry that moved must reach the browser too.
    if (ctx.auth?.refreshed && ctx.auth.via === 'cookie') setSessionCookie(ctx, ctx.auth.token, ctx.auth.session.expires_at);
    return ctx;
  };
}
