// The server process (`hotgigs serve`): opens the database, starts the HTTP server and the scheduled work of
// each instance, and shuts down gracefully on SIGTERM/SIGINT.
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import type { AppServices } from './app-services.ts';
import { prepareDatabase, resolveSecretKey } from './database.ts';
import { startAlertDigests } from './domains/alerts/service.ts';
import { startJobExpiry } from './domains/jobs/expiry.ts';
import { startMatchRefresh } from './domains/matching/refresh-queue.ts';
import { startResumeParsing } from './domains/resumes/parse-queue.ts';
import { GenerationCache } from './domains/search/cache.ts';
import type { SearchResult } from './domains/search/service.ts';
import { createMailer } from './email/index.ts';
import type { Env } from './env.ts';
import { shouldServeOutbox } from './http/outbox.ts';
import { buildServer, PRETTY_LOGS } from './http/server.ts';
import { startMaintenance } from './maintenance.ts';
import { Waker } from './platform/queue.ts';
import { storageFor } from './storage/index.ts';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

/** The process's services on an open database: what the server and every in-process tool (`hotgigs call`) run on. */
export function processServices(env: Env, db: AppServices['db'], log: Logger, secretKey = resolveSecretKey(env)): AppServices {
  return {
    env,
    db,
    mailer: createMailer(env, log),
    secretKey,
    now: () => new Date(),
    searchCache: new GenerationCache<SearchResult>(env.SEARCH_CACHE_ENTRIES),
    storage: storageFor(env),
    resumeParsing: new Waker(),
  };
}

export async function startServer(env: Env): Promise<RunningServer> {
  const started = Date.now();
  // The server's logger is not up yet; a bare pino with the same level logs the database preparation.
  const bootLog = pino({ level: env.LOG_LEVEL, ...(process.stdout.isTTY && env.NODE_ENV !== 'test' && { transport: PRETTY_LOGS }) });
  const secretKey = resolveSecretKey(env); // a bad key stops the start before the database is touched
  const database = await prepareDatabase(env, bootLog);
  const services = processServices(env, database.db, bootLog, secretKey);
  const { mailer, storage, resumeParsing } = services;
  const app = await buildServer(services);
  const stopMaintenance = startMaintenance(database.db, app.log);
  // Every 15 minutes; alerts are claimed in the database, so any number of instances may run this.
  const stopAlertDigests = startAlertDigests({ db: database.db, env, mailer, now: () => new Date() }, app.log);
  const stopJobExpiry = startJobExpiry(database.db, app.log);
  // Resumes are read in worker threads, claimed from the database (any number of instances may run this).
  const resumeParsingRun = await startResumeParsing({ db: database.db, env, storage, now: () => new Date(), resumeParsing }, app.log);
  // Stored match scores of applications, rescored when a profile or a job changes (claimed like resumes).
  const matchRefresh = startMatchRefresh(database.db, app.log);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      app.log.info('shutting down: finishing in-flight requests');
      const timer = setTimeout(() => {
        app.log.error(`shutdown took longer than ${env.SHUTDOWN_TIMEOUT_MS} ms; exiting`);
        process.exit(1);
      }, env.SHUTDOWN_TIMEOUT_MS);
      timer.unref();
      stopMaintenance();
      stopJobExpiry();
      await resumeParsingRun?.stop();
      await matchRefresh.stop();
      await stopAlertDigests();
      await app.close();
      await mailer.close();
      await database.close();
      clearTimeout(timer);
      app.log.info('stopped');
    })());
  try {
    const listening = await app.listen({ host: env.HOST, port: env.PORT });
    // One address everywhere: the log, emails, the sitemap and the same-origin check use PUBLIC_URL, or else
    // localhost, which the links in emails also use (127.0.0.1 would be another origin, without the cookie).
    const url = env.PUBLIC_URL ?? `http://localhost:${new URL(listening).port}`;
    database.lock?.setUrl(url);
    app.log.info({ mode: database.mode, ms: Date.now() - started, listening }, `Hotgigs is ready at ${url}`);
    if (shouldServeOutbox(env)) {
      app.log.info(`No SMTP_URL: emails are saved, not sent. Read them at ${new URL('/dev/outbox', url)} from this machine.`);
    }
    // SIGHUP too: a closed terminal must release the data directory like Ctrl+C does.
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
      process.once(signal, () => void stop().then(() => process.exit(0)));
    }
    return { app, url: listening, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
