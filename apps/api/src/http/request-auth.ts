// Who is asking, read off an HTTP request the same way for tRPC calls and plain routes (uploads): the session
// from `Authorization: Bearer` or the cookie, and whether a browser says the request comes from another site.
import type { AppServices } from '../app-services.ts';
import { looksLikeApiToken, validateApiToken, type ApiTokenAuth } from '../domains/accounts/api-tokens.ts';
import { validateSessionToken, type ValidSession } from '../domains/accounts/sessions.ts';
import type { Env } from '../env.ts';
import { readCookie, serializeSessionCookie, sessionCookie } from './cookies.ts';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  /** The client's address (after trusted proxies), as API token use is audited with. */
  ip?: string;
}

/**
 * The signed-in session, including one still waiting for its second factor (see `session.mfa_verified`), or
 * a personal API token standing for its user (`apiToken` set: docs/rest.md#api-tokens).
 */
export type RequestAuth = ValidSession & { token: string; via: 'cookie' | 'bearer'; apiToken?: ApiTokenAuth['apiToken'] };

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

export async function resolveAuth(services: Pick<AppServices, 'db' | 'env' | 'now'>, req: RequestLike): Promise<RequestAuth | undefined> {
  const carried = sessionTokenOf(req, services.env);
  if (!carried) return undefined;
  // Only a Bearer header carries an API token: a cookie holding one is not a browser session.
  if (looksLikeApiToken(carried.token)) {
    const valid = carried.via === 'bearer' ? await validateApiToken(services.db, carried.token, services.now(), req.ip) : undefined;
    return valid ? { ...valid, ...carried } : undefined;
  }
  const valid = await validateSessionToken(services.db, carried.token, services.now());
  return valid ? { ...valid, ...carried } : undefined;
}

/** The Set-Cookie that carries a sliding expiry which moved on this request to a cookie client; else undefined. */
export function renewedSessionCookie(auth: RequestAuth | undefined, env: Env): string | undefined {
  return auth?.refreshed && auth.via === 'cookie' ? serializeSessionCookie(sessionCookie(env), auth.token, auth.session.expires_at) : undefined;
}

/** An address on this machine (IPv4 127/8, IPv6 ::1, and IPv4 loopback written as IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/**
 * A Host header naming this machine by its loopback name (any port). A page on another site that reaches a
 * portal on localhost through DNS rebinding sends its own host name, so this tells the two apart.
 */
export function isLoopbackHost(host: string | string[] | undefined): boolean {
  if (typeof host !== 'string') return false;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * A request made on this machine, to this machine's loopback name, not relayed by a proxy: what may see error
 * details under DEBUG_ERRORS and read the development outbox. Read off the socket, never off X-Forwarded-For.
 */
export function isFromThisMachine(req: RequestLike & { socket: { remoteAddress?: string | undefined } }): boolean {
  return isLoopbackAddress(req.socket.remoteAddress) && isLoopbackHost(req.headers.host) && req.headers['x-forwarded-for'] === undefined;
}
