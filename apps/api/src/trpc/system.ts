// Calling the procedures in process, without HTTP (docs/architecture.md): for the CLI (`hotgigs call`), jobs
// and internal tools. The context is built like a request's, by the system rather than a browser: no cookies,
// no CSRF (nothing is cross-site), no error details. Acting as a user (`actAs`) gives that user's session
// shape, so the access policy, ownership and rate limits apply exactly as to their own requests; without one
// the caller is nobody, and only public procedures answer.
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import type { AppServices } from '../app-services.ts';
import { activeUserByIdOrEmail, standInSession } from '../domains/accounts/sessions.ts';
import type { RequestAuth } from '../http/request-auth.ts';
import type { Context } from './context.ts';
import { createCallerFactory } from './init.ts';
import { appRouter } from './router.ts';

const callerOf = createCallerFactory(appRouter);
export type SystemCaller = ReturnType<typeof callerOf>;

export interface SystemCallerOptions {
  /** The user to act as: an id (UUID) or an email address. */
  actAs?: string;
  /** Who is calling, as the audit log's user agent records it ("hotgigs call", "nightly export"). */
  tool?: string;
  log?: Logger;
}

/** The signed-in shape of an active user, as the system acting for them (every factor counts as passed). */
async function actingAs(services: Pick<AppServices, 'db' | 'now'>, who: string): Promise<RequestAuth> {
  const user = await activeUserByIdOrEmail(services.db, who);
  const now = services.now();
  return {
    session: standInSession(`system-${randomUUID()}`, user.id, now, new Date(now.getTime() + 3_600_000)),
    user,
    refreshed: false,
    token: '',
    via: 'bearer',
  };
}

export async function systemCaller(services: AppServices, options: SystemCallerOptions = {}): Promise<SystemCaller> {
  const context: Context = {
    ...services,
    log: options.log ?? pino({ level: 'silent' }),
    requestId: `system-${randomUUID()}`,
    ip: undefined,
    userAgent: options.tool ?? 'hotgigs system',
    auth: options.actAs ? await actingAs(services, options.actAs) : undefined,
    sameOrigin: true,
    fromThisMachine: false,
    sessionDelivery: 'token',
    presentedToken: undefined,
    deviceToken: undefined,
    setHeader: () => {},
  };
  return callerOf(context);
}
