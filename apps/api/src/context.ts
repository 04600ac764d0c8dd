// What every procedure receives. `createContextInner` is what tests use; the HTTP host adds the request.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '@hotgigs/shared';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { Env } from './env.ts';

export interface ContextInner {
  db: Kysely<DB>;
  env: Env;
  log: Logger;
  requestId: string;
  /** Client address as seen by the server (after trusted proxies). */
  ip: string | undefined;
  userAgent: string | undefined;
}

export type Context = ContextInner;

export function createContextInner(inner: ContextInner): Context {
  return inner;
}

export function contextFromRequest(
  base: Pick<ContextInner, 'db' | 'env'>,
): (opts: CreateFastifyContextOptions) => Context {
  return ({ req }) =>
    createContextInner({
      ...base,
      log: req.log as unknown as Logger,
      requestId: String(req.id),
      ip: req.ip,
      userAgent: req.headers['user-agent']?.slice(0, 512),
    });
}
