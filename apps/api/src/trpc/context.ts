// What every procedure receives: the process's services plus who is asking and from where. The HTTP host
// builds it per request; tests and tools build the same object directly.
import type { Logger } from 'pino';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { AppServices } from '../app-services.ts';
import { deviceCookie, readCookie, serializeClearedCookie, serializeDeviceCookie, serializeSessionCookie, sessionCookie } from '../http/cookies.ts';
import { isFromThisMachine, isSameOrigin, renewedSessionCookie, resolveAuth, sessionTokenOf, type RequestAuth } from '../http/request-auth.ts';
import type { RequestOrigin } from '../platform/audit.ts';

export interface Context extends AppServices {
  log: Logger;
  requestId: string;
  /** Client address as seen by the server (after trusted proxies). */
  ip: string | undefined;
  userAgent: string | undefined;
  /** The signed-in session, including one still waiting for its second factor (see `session.mfa_verified`). */
  auth: RequestAuth | undefined;
  /**
   * False when a browser says the request comes from another site (Sec-Fetch-Site or Origin): such requests
   * may not change anything (CSRF).
   */
  sameOrigin: boolean;
  /** Made on this machine to its loopback name (error details under DEBUG_ERRORS are for these only). */
  fromThisMachine: boolean;
  /**
   * How a new session reaches the client: `cookie` (browsers: the token never appears in a response body,
   * where a page's scripts could read it) or `token` for clients that ask for it with
   * `X-Session-Delivery: token` (scripts, which then send it as `Authorization: Bearer`).
   */
  sessionDelivery: 'cookie' | 'token';
  /** How the request carried a session token, valid or not (undefined: it carried none). */
  presentedToken: 'cookie' | 'bearer' | undefined;
  /** The device cookie of a browser that signed in before (domains/accounts/devices.ts), as sent. */
  deviceToken: string | undefined;
  /** Sets a response header (Set-Cookie, Retry-After); a no-op when called outside HTTP. */
  setHeader: (name: string, value: string) => void;
}

/** Where a request came from, as the audit log records it. */
export function originOf(ctx: Pick<Context, 'ip' | 'userAgent'>): RequestOrigin {
  return { ip: ctx.ip, userAgent: ctx.userAgent };
}

export function setSessionCookie(ctx: Context, token: string, expiresAt: Date): void {
  ctx.setHeader('set-cookie', serializeSessionCookie(sessionCookie(ctx.env), token, expiresAt));
}

export function setDeviceCookie(ctx: Context, token: string, maxAgeSeconds: number): void {
  ctx.setHeader('set-cookie', serializeDeviceCookie(deviceCookie(ctx.env), token, maxAgeSeconds));
}

export function clearSessionCookie(ctx: Context): void {
  ctx.setHeader('set-cookie', serializeClearedCookie(sessionCookie(ctx.env)));
}

export function contextFromRequest(services: AppServices): (opts: CreateFastifyContextOptions) => Promise<Context> {
  return async ({ req, res }) => {
    const auth = await resolveAuth(services, req);
    // A sliding expiry that moved must reach the browser too.
    const renewed = renewedSessionCookie(auth, services.env);
    if (renewed) void res.header('set-cookie', renewed);
    return {
      ...services,
      log: req.log as unknown as Logger,
      requestId: String(req.id),
      ip: req.ip,
      userAgent: req.headers['user-agent']?.slice(0, 512),
      auth,
      sameOrigin: isSameOrigin(req, services.env),
      fromThisMachine: isFromThisMachine(req),
      sessionDelivery: req.headers['x-session-delivery'] === 'token' ? 'token' : 'cookie',
      deviceToken: readCookie(req.headers.cookie, deviceCookie(services.env).name),
      presentedToken: sessionTokenOf(req, services.env)?.via,
      setHeader: (name, value) => void res.header(name, value),
    };
  };
}
