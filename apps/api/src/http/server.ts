// The HTTP host: tRPC at /trpc, health probes, the built web app with SPA fallback, request ids and headers.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { AppServices } from '../app-services.ts';
import { pingDatabase } from '../database.ts';
import { contextFromRequest } from '../trpc/context.ts';
import { GENERIC_ERROR_MESSAGE } from '../trpc/init.ts';
import { appRouter, type AppRouter } from '../trpc/router.ts';
import { companyLogoRoutes } from './company-logo.ts';
import { resumeRoutes } from './resume-files.ts';
import { registerOutboxRoutes, shouldServeOutbox } from './outbox.ts';
import { isFromThisMachine } from './request-auth.ts';
import { registerSeoRoutes } from './seo.ts';
import { registerRestRoutes } from '../rest/plugin.ts';

/** Requests a browser may batch into one HTTP call; the web client's link uses the same number. */
export const MAX_BATCH_SIZE = 10;
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Logs as a person at a terminal reads them: one short line each. */
export const PRETTY_LOGS = { target: 'pino-pretty', options: { singleLine: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,reqId,requestId' } };

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export async function buildServer(services: AppServices): Promise<FastifyInstance> {
  const { env, db } = services;
  const app = Fastify({
    logger: {
      level: env.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      // A person at a terminal reads lines; anything else (a file, a log collector) gets JSON.
      ...(process.stdout.isTTY &&
        env.NODE_ENV !== 'test' && {
          transport: PRETTY_LOGS,
        }),
    },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY,
    // Reuse a well-formed id from a proxy so one request can be followed across services.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      // One line per request instead (the onResponse hook below).
      disableRequestLogging: true,
    }),
    routerOptions: { maxParamLength: 200 },
  });

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  // One line per request: method, path (never the query, which may carry a token), status and time. Probes
  // and static files are left out: they would drown the requests people make.
  app.addHook('onResponse', async (req, reply) => {
    const path = req.url.split('?')[0]!;
    if (env.NODE_ENV === 'test' || /^\/(healthz|readyz|assets\/|favicon)/.test(path)) return;
    const ms = Math.round(reply.elapsedTime);
    req.log.info({ method: req.method, path, status: reply.statusCode, ms }, `${req.method} ${path} ${reply.statusCode} ${ms} ms`);
  });

  // Answers over 1 KB go out compressed as the browser accepts (brotli at a quick level, or gzip): a search
  // answer of ~30 KB is a few KB on a phone's slow connection. Built assets come precompressed (below).
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Stylesheets from the portal only: no <style> elements or style="" attributes (React's style props
        // go through the CSSOM, which this does not restrict).
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS only makes sense, and is only sent, when the portal is served over TLS.
    strictTransportSecurity: env.PUBLIC_URL?.startsWith('https:') ? { maxAge: 31_536_000 } : false,
    crossOriginEmbedderPolicy: false,
    // The same answer as frame-ancestors 'none', for browsers that only read the older header.
    xFrameOptions: { action: 'deny' },
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: contextFromRequest(services),
      maxBatchSize: MAX_BATCH_SIZE,
      onError({ error, path, req }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error.cause ?? error, path }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  // The original Hotgigs REST API and its OpenAPI document (docs/rest.md).
  registerRestRoutes(app, services);

  await app.register(companyLogoRoutes, { services, storage: services.storage });
  await app.register(resumeRoutes, { services });

  // Development without SMTP: the emails a person would receive are readable at /dev/outbox.
  if (shouldServeOutbox(env)) registerOutboxRoutes(app, env);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await pingDatabase(db);
      return { status: 'ready' };
    } catch (error) {
      app.log.warn({ err: error }, 'readiness check failed: database unreachable');
      return reply.code(503).send({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  const webDist = env.WEB_DIST_DIR ?? DEFAULT_WEB_DIST;
  const serveWeb = env.WEB_DIST_DIR !== '' && existsSync(`${webDist}/index.html`);
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      index: false,
      cacheControl: false,
      // The web build writes .br and .gz beside each asset (apps/web/vite.config.ts): served as accepted.
      preCompressed: true,
      // Hashed assets never change under the same name; everything else must be revalidated.
      setHeaders(reply, path) {
        reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // The static wildcard would answer `/` (a directory) with 403; the home page is the app's index.html.
    app.get('/', (_req, reply) => reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html'));
  } else {
    app.log.warn({ webDist }, 'web app not built: serving the API only (run `pnpm build`)');
  }

  // Job pages with their meta tags and JSON-LD, the sitemap and robots.txt: these paths skip the SPA fallback.
  registerSeoRoutes(app, services, { indexHtmlPath: serveWeb ? `${webDist}/index.html` : undefined });

  app.setNotFoundHandler((req, reply) => {
    const isPage = req.method === 'GET' && !/^\/(trpc|api|assets)(\/|$)/.test(req.url);
    if (serveWeb && isPage) {
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'NOT_FOUND', message: `No route for ${req.method} ${req.url.split('?')[0]}` });
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) req.log.error({ err: error }, 'request failed');
    const details = env.DEBUG_ERRORS && isFromThisMachine(req);
    return reply.code(status).send({
      error: status === 500 ? 'INTERNAL_SERVER_ERROR' : (error.code ?? 'BAD_REQUEST'),
      message: status === 500 && !details ? GENERIC_ERROR_MESSAGE : error.message,
      requestId: req.id,
    });
  });

  return app;
}
