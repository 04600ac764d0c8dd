// Shared set-up for API tests: a real database, a real SMTP server, a clock the test moves, and callers
// authenticated exactly as HTTP requests are (the same token resolution).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { z } from 'zod';
import { useTestDatabase } from '@hotgigs/db/test-context';
import type { AppServices } from '../src/app-services.ts';
import { createMailer } from '../src/email/index.ts';
import { GenerationCache } from '../src/domains/search/cache.ts';
import { resolveAuth } from '../src/http/request-auth.ts';
import { loadEnv, type Env } from '../src/env.ts';
import { appRouter } from '../src/trpc/router.ts';
import { buildServer } from '../src/http/server.ts';
import { Waker } from '../src/platform/queue.ts';
import { storageFor } from '../src/storage/index.ts';
import { createCallerFactory, describeIssues } from '../src/trpc/init.ts';
import { startMailbox, type Mailbox } from './mailbox.ts';

export const TEST_SECRET_KEY = 'a'.repeat(64);

/** Files a test run writes (the outbox of mailers without SMTP) go to a temp folder, not the work tree. */
const TEST_DATA_DIR = join(tmpdir(), `hotgigs-api-test-${process.pid}`);

export function testEnv(overrides: Record<string, string> = {}): Env {
  return loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: '', SECRET_KEY: TEST_SECRET_KEY, DATA_DIR: TEST_DATA_DIR, ...overrides });
}

export class TestClock {
  constructor(public current = new Date('2026-06-01T12:00:00Z')) {}
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

const createCaller = createCallerFactory(appRouter);

export interface CallOptions {
  /** A session token, sent as `Authorization: Bearer` would be. */
  token?: string | undefined;
  ip?: string;
  /** False to simulate a cross-site browser request. */
  sameOrigin?: boolean;
  /** Receives response headers (Set-Cookie, Retry-After). */
  headers?: Record<string, string[]>;
  /** How new sessions come back: test callers are scripts (`token`) unless they play a browser (`cookie`). */
  sessionDelivery?: 'cookie' | 'token';
  /** A device cookie, as a browser that signed in before sends it. */
  deviceToken?: string;
}

export async function callerWith(services: AppServices, options: CallOptions = {}) {
  const auth = options.token ? await resolveAuth(services, { headers: { authorization: `Bearer ${options.token}` } }) : undefined;
  return createCaller({
    ...services,
    log: pino({ level: 'silent' }),
    requestId: 'test-request',
    ip: options.ip ?? '127.0.0.1',
    userAgent: 'vitest',
    auth,
    sameOrigin: options.sameOrigin ?? true,
    fromThisMachine: false,
    sessionDelivery: options.sessionDelivery ?? 'token',
    deviceToken: options.deviceToken,
    presentedToken: options.token ? 'bearer' : undefined,
    setHeader: (name, value) => {
      if (options.headers) (options.headers[name.toLowerCase()] ??= []).push(value);
    },
  });
}

/** Services on a plain database, no email server: for tests that only read. */
export function servicesFor(db: AppServices['db'], env: Env = testEnv()): AppServices {
  const log = pino({ level: 'silent' });
  return {
    db,
    env,
    mailer: createMailer(env, log),
    secretKey: Buffer.from(TEST_SECRET_KEY, 'hex'),
    now: () => new Date(),
    searchCache: new GenerationCache(env.SEARCH_CACHE_ENTRIES),
    storage: storageFor(env),
    resumeParsing: new Waker(),
  };
}

export function callerFor(db: AppServices['db'], env: Env = testEnv()) {
  return callerWith(servicesFor(db, env));
}

export interface ApiHarness {
  services: AppServices;
  clock: TestClock;
  mailbox: Mailbox;
  app: FastifyInstance;
  call(options?: CallOptions): ReturnType<typeof callerWith>;
}

/** Per test file: database + SMTP server + clock + HTTP app; the database and mailbox are emptied before each test. */
export function useApi(envOverrides: Record<string, string> = {}): { readonly current: ApiHarness } {
  const database = useTestDatabase();
  let harness: ApiHarness | undefined;
  beforeAll(async () => {
    const mailbox = await startMailbox();
    const env = testEnv({ SMTP_URL: mailbox.url, PUBLIC_URL: 'http://hotgigs.test', ...envOverrides });
    const clock = new TestClock();
    const services: AppServices = {
      db: database.current.db,
      env,
      mailer: createMailer(env, pino({ level: 'silent' })),
      secretKey: Buffer.from(TEST_SECRET_KEY, 'hex'),
      now: clock.now,
      searchCache: new GenerationCache(env.SEARCH_CACHE_ENTRIES),
      storage: storageFor(env),
      resumeParsing: new Waker(),
    };
    const app = await buildServer(services);
    harness = { services, clock, mailbox, app, call: (options) => callerWith(services, options) };
  });
  beforeEach(() => {
    harness?.mailbox.clear();
    if (harness) harness.clock.current = new Date('2026-06-01T12:00:00Z');
  });
  afterAll(async () => {
    await harness?.app.close();
    await harness?.services.mailer.close();
    await harness?.mailbox.close();
  });
  return {
    get current() {
      if (!harness) throw new Error('useApi(): only ready inside tests and hooks');
      return harness;
    },
  };
}

/** The error a call fails with, which must be a TRPCError (a success fails the test). */
export async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** The message people read: validation problems as the error formatter words them ("field: problem"). */
export function shownMessage(error: TRPCError): string {
  return error.cause instanceof z.ZodError ? describeIssues(error.cause) : error.message;
}
