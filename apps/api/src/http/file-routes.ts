// What every file route beside tRPC shares (company logos, resumes): errors as the REST surface's `{ error: { code, message } }` with their
// status, the signed-in user checked exactly like tRPC calls (cookie or Bearer, same-origin for cookies), and
// one multipart file read with a size limit. Each route registers inside its own plugin, so only it accepts
// multipart bodies.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppServices } from '../app-services.ts';
import { DomainError, ERROR_CODE } from '../errors.ts';
import { enforceApiTokenUse } from '../domains/accounts/api-tokens.ts';
import { isSameOrigin, renewedSessionCookie, resolveAuth, type RequestAuth } from './request-auth.ts';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** An error answer in the REST surface's shape (docs/rest.md): `{ error: { code, message, ...extra } }`. */
export function send(reply: FastifyReply, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return reply.code(status).header('cache-control', 'no-store').send({ error: { code, message, ...extra } });
}

export interface FileRouteOptions {
  /** "the logo", "the resume": how messages name the file. */
  what: string;
  maxBytes: number;
  /** For logs. */
  label: string;
  /** Status of a domain error, when a route answers one kind differently (e.g. 422). */
  statusOf?: (error: DomainError) => { status: number; code: string; extra?: Record<string, unknown> } | undefined;
}

/** Multipart with one file of at most `maxBytes`, and errors answered as the routes' JSON. */
export async function registerFileUploads(app: FastifyInstance, options: FileRouteOptions): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: options.maxBytes, files: 1, fields: 0, parts: 1, headerPairs: 20 },
  });
  const oneFile = `Send one file, ${options.what}, and nothing else.`;
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (error instanceof HttpProblem) return send(reply, error.status, error.code, error.message, error.extra);
    if (error instanceof DomainError) {
      const special = options.statusOf?.(error);
      if (special) return send(reply, special.status, special.code, error.message, special.extra);
      if (error.details.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.details.retryAfterSeconds));
      return send(reply, ERROR_CODE[error.kind].status, ERROR_CODE[error.kind].code, error.message);
    }
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
      return send(reply, 413, 'PAYLOAD_TOO_LARGE', `${capitalise(options.what)} is larger than ${options.maxBytes / 1024 / 1024} MB.`);
    }
    if (error.code === 'FST_PARTS_LIMIT' || error.code === 'FST_FILES_LIMIT' || error.code === 'FST_FIELDS_LIMIT') {
      return send(reply, 400, 'BAD_REQUEST', oneFile);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const invalidType = error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE';
      return send(reply, invalidType ? 415 : error.statusCode, error.code ?? 'BAD_REQUEST', invalidType ? `Send ${options.what} as multipart/form-data with one file.` : error.message);
    }
    req.log.error({ err: error }, `${options.label} request failed`);
    return send(reply, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Please try again.');
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The signed-in user of a file request, or the 401/403 that explains why not. `changes`: the request changes
 * something, so a cookie-authenticated browser must send it from our own pages (CSRF).
 */
export async function fileRequestAuth(services: AppServices, req: FastifyRequest, reply: FastifyReply, changes: boolean): Promise<RequestAuth> {
  const auth = await resolveAuth(services, req);
  if (!auth || !auth.session.mfa_verified) throw new HttpProblem(401, 'UNAUTHORIZED', 'Sign in to continue.');
  // A sliding expiry that moved must reach the browser, as on tRPC calls.
  const renewed = renewedSessionCookie(auth, services.env);
  if (renewed) reply.header('set-cookie', renewed);
  if (changes && auth.via === 'cookie' && !isSameOrigin(req, services.env)) {
    throw new HttpProblem(403, 'FORBIDDEN', 'Cross-site requests may not change anything.');
  }
  // An API token's scope and rate limit hold here as on tRPC calls (trpc/procedures.ts: apiTokenRules).
  if (auth.apiToken) await enforceApiTokenUse(services.db, services.now(), auth.apiToken, changes);
  return auth;
}

/** The one file of a multipart request, as bytes and the name the client gave it (display only). */
export async function readOneFile(req: FastifyRequest, what: string): Promise<{ bytes: Buffer; filename: string | undefined }> {
  if (!req.isMultipart()) throw new HttpProblem(415, 'UNSUPPORTED_MEDIA_TYPE', `Send ${what} as multipart/form-data with one file.`);
  // Every part is read, so a second file or a field is refused rather than silently ignored.
  let file: { bytes: Buffer; filename: string | undefined } | undefined;
  for await (const part of req.parts()) {
    if (part.type !== 'file' || file) throw new HttpProblem(400, 'BAD_REQUEST', `Send one file, ${what}, and nothing else.`);
    file = { bytes: await part.toBuffer(), filename: part.filename };
  }
  if (!file) throw new HttpProblem(400, 'BAD_REQUEST', `Attach ${what} as a file.`);
  if (file.bytes.length === 0) throw new HttpProblem(400, 'BAD_REQUEST', 'The file is empty.');
  return file;
}
