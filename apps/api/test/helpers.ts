// Shared set-up for API tests: a quiet test environment and a caller bound to a real database.
import type { Kysely } from 'kysely';
import pino from 'pino';
import type { DB } from '@hotgigs/shared';
import { createContextInner } from '../src/context.ts';
import { loadEnv, type Env } from '../src/env.ts';
import { appRouter } from '../src/routers/index.ts';
import { createCallerFactory } from '../src/trpc.ts';

export function testEnv(overrides: Record<string, string> = {}): Env {
  return loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: '', ...overrides });
}

const createCaller = createCallerFactory(appRouter);

export function callerFor(db: Kysely<DB>, env: Env = testEnv()) {
  return createCaller(
    createContextInner({ db, env, log: pino({ level: 'silent' }), requestId: 'test-request', ip: '127.0.0.1', userAgent: 'vitest' }),
  );
}
