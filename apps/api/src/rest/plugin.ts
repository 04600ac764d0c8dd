// The REST surface on the HTTP host (docs/rest.md): /api/* through trpc-to-openapi's handler with the request's
// own context, the OpenAPI document at /api/openapi.json, and errors as `{ error: { code, message, fields? } }`.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createOpenApiNodeHttpHandler, generateOpenApiDocument, type OpenApiRouter } from 'trpc-to-openapi';
import type { AppServices } from '../app-services.ts';
import { contextFromRequest } from '../trpc/context.ts';
import { registerDocsPage } from './docs-page.ts';
import { restRouter as router } from './router.ts';

// Our meta type is narrower than the library's (every procedure declares `access`).
const restRouter = router as unknown as OpenApiRouter;

export const REST_PREFIX = '/api';

/**
 * The routes beside the adapter's, which it cannot describe (multipart uploads, file downloads): written here
 * as OpenAPI operations, merged into the generated document. Each names the route that serves it.
 */
const FILE_ROUTES = {
  '/resumes': {
    post: {
      operationId: 'resumes-upload',
      summary: 'Upload a resume',
      description:
        'Multipart with one part, `file`: PDF, DOCX or TXT (checked by its bytes), at most 10 MB. Answers 201 with the resume, `parse_status: "pending"`: reading it happens on the queue; poll GET /resumes/{id}. Served by http/resume-files.ts.',
      tags: ['resumes'],
      security: [{ Authorization: [] }],
      requestBody: {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } },
      },
      responses: Object.fromEntries(
        [
          ['201', 'The resume, waiting to be read'],
          ['400', 'Not one file'],
          ['401', 'Sign in first'],
          ['403', 'Not a candidate, or a read-only API token'],
          ['409', 'The same file is already uploaded (`existing_id`)'],
          ['413', 'Larger than 10 MB'],
          ['415', 'Not a PDF, DOCX or TXT'],
          ['422', 'Too many resumes: delete one first'],
          ['429', 'Too many uploads: wait `Retry-After` seconds'],
        ].map(([status, description]) => [status, { description }]),
      ),
    },
  },
  '/resumes/{id}/file': {
    get: {
      operationId: 'resumes-file',
      summary: 'Download a resume\'s file',
      description: 'The file as uploaded, to its owner only (as an attachment). Served by http/resume-files.ts.',
      tags: ['resumes'],
      security: [{ Authorization: [] }],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '200': { description: 'The file' }, '401': { description: 'Sign in first' }, '404': { description: 'No such resume of yours' } },
    },
  },
} as const;

export function openApiDocument(baseUrl: string) {
  const document = generateOpenApiDocument(restRouter, {
    title: 'Hotgigs REST API',
    version: '1.0.0',
    description:
      'The original Hotgigs REST API, served from the same procedures as the tRPC surface, and the rest of the portal (companies, saved jobs, alerts, profile, resumes). Fields are snake_case; errors are `{ error: { code, message, fields? } }`. Send a session token from POST /auth/login, or a personal API token from Account settings, as `Authorization: Bearer`.',
    baseUrl: `${baseUrl}${REST_PREFIX}`,
    tags: ['auth', 'jobs', 'applications', 'companies', 'saved jobs', 'alerts', 'profile', 'resumes'],
  });
  for (const [path, operations] of Object.entries(FILE_ROUTES)) {
    document.paths = { ...document.paths, [path]: { ...document.paths?.[path], ...operations } } as typeof document.paths;
  }
  return document;
}

interface ErrorShape {
  message?: string;
  code?: string;
  issues?: { path: PropertyKey[]; message: string }[];
  data?: { code?: string; fieldErrors?: Record<string, string[]>; reason?: string; requestId?: string };
}

/** trpc-to-openapi's error body (our tRPC error shape plus `issues`) as the original API's. */
export function restErrorBody(raw: ErrorShape) {
  // A field is named by its own name, without list indexes: `remote_option`, not `filters.remote_option.0`.
  const issues = raw.issues?.map((i) => ({ field: String(i.path.filter((p) => typeof p === 'string').at(-1) ?? ''), message: i.message }));
  const fields = issues?.length
    ? Object.fromEntries(issues.map((i) => [i.field, i.message]))
    : raw.data?.fieldErrors && Object.keys(raw.data.fieldErrors).length
      ? Object.fromEntries(Object.entries(raw.data.fieldErrors).map(([k, v]) => [k, v[0] ?? '']))
      : undefined;
  const message = issues?.length ? [...new Set(issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)))].join('; ') : (raw.message ?? 'Error');
  return {
    error: {
      code: raw.data?.code ?? raw.code ?? 'INTERNAL_SERVER_ERROR',
      message,
      ...(fields && { fields }),
      ...(raw.data?.reason && { reason: raw.data.reason }),
      ...(raw.data?.requestId && { request_id: raw.data.requestId }),
    },
  };
}

/**
 * CORS for the origins in CORS_ORIGINS only, without credentials: a third-party page calls with a bearer
 * token it holds, never with the portal's cookies.
 */
function allowListedOrigin(req: FastifyRequest, allowed: readonly string[]): string | undefined {
  const origin = req.headers.origin;
  return typeof origin === 'string' && allowed.includes(origin) ? origin : undefined;
}

export function registerRestRoutes(app: FastifyInstance, services: AppServices): void {
  const context = contextFromRequest(services);
  const allowed = services.env.CORS_ORIGINS;
  if (allowed.length) {
    app.addHook('onRequest', async (req, reply) => {
      if (!req.url.startsWith(`${REST_PREFIX}/`)) return;
      const origin = allowListedOrigin(req, allowed);
      if (!origin) return;
      void reply
        .header('access-control-allow-origin', origin)
        .header('vary', 'Origin')
        .header('access-control-expose-headers', 'retry-after, x-request-id');
      if (req.method === 'OPTIONS') {
        return reply
          .code(204)
          .header('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE')
          .header('access-control-allow-headers', 'authorization, content-type, x-request-id')
          .header('access-control-max-age', '600')
          .send();
      }
    });
    app.options(`${REST_PREFIX}/*`, (_req, reply) => reply.code(204).send());
  }
  const handler = createOpenApiNodeHttpHandler({
    router: restRouter,
    // REST clients are scripts: a new session's token goes in the body (`access_token`).
    createContext: async ({ req, res }: { req: FastifyRequest; res: FastifyReply }) => {
      const ctx = await context({ req, res, info: undefined as never });
      return {
        ...ctx,
        sessionDelivery: 'token' as const,
        // An allow-listed origin may change things with a bearer token (no other site can send one); a cookie
        // stays bound to the portal's own pages.
        sameOrigin: ctx.sameOrigin || (allowListedOrigin(req, allowed) !== undefined && ctx.presentedToken !== 'cookie'),
      };
    },
    onError({ error, path, req }: { error: { code: string; cause?: unknown }; path?: string; req: FastifyRequest }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error.cause ?? error, path }, 'REST endpoint failed');
    },
  } as never);

  // Generated once per base URL: the router does not change while the process runs.
  const documents = new Map<string, ReturnType<typeof openApiDocument>>();
  app.get(`${REST_PREFIX}/openapi.json`, async (req) => {
    const base = services.env.PUBLIC_URL ?? `${req.protocol}://${req.host}`;
    if (!documents.has(base) && documents.size < 8) documents.set(base, openApiDocument(base));
    return documents.get(base) ?? openApiDocument(base);
  });
  registerDocsPage(app, REST_PREFIX);

  app.route({
    method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url: `${REST_PREFIX}/*`,
    handler: async (req, reply) => {
      // The handler writes to a Node response; this one hands its status, headers and body to Fastify.
      // The handler routes on the path under /api; the request log still reads the full one (restored below).
      const fullUrl = req.raw.url;
      req.raw.url = req.url.slice(REST_PREFIX.length) || '/';
      // Original clients POST /auth/logout and /auth/refresh with no body at all: that is an empty object.
      if (req.method !== 'GET' && req.method !== 'DELETE' && req.body === undefined && !req.headers['content-type']) {
        req.headers['content-type'] = 'application/json';
        req.body = {};
      }
      let status = 200;
      const res = {
        set statusCode(code: number) {
          status = code;
        },
        get statusCode() {
          return status;
        },
        setHeader: (name: string, value: string) => void reply.header(name, value),
        header: (name: string, value: string) => reply.header(name, value),
        end: (body: string) => {
          // GETs carry an ETag of their answer; a client that sends it back gets 304 and no body.
          if (req.method === 'GET' && status === 200 && body !== undefined) {
            const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
            void reply.header('etag', etag).header('cache-control', 'no-cache');
            if (req.headers['if-none-match'] === etag) {
              void reply.code(304).send();
              return;
            }
          }
          const parsed = body === undefined ? undefined : (JSON.parse(body) as unknown);
          void reply
            .code(status)
            .type('application/json; charset=utf-8')
            .send(status >= 400 ? restErrorBody(parsed as ErrorShape) : parsed);
        },
        once: reply.raw.once.bind(reply.raw),
        on: reply.raw.on.bind(reply.raw),
        off: reply.raw.off.bind(reply.raw),
        removeListener: reply.raw.removeListener.bind(reply.raw),
        emit: reply.raw.emit.bind(reply.raw),
      };
      const request = Object.assign(req, {
        once: req.raw.once.bind(req.raw),
        on: req.raw.on.bind(req.raw),
        off: req.raw.off.bind(req.raw),
        destroy: req.raw.destroy.bind(req.raw),
      });
      try {
        await (handler as unknown as (req: unknown, res: unknown) => Promise<void>)(request, res);
      } finally {
        req.raw.url = fullUrl;
      }
      return reply;
    },
  });
}
