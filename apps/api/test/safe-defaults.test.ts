// The quick start is safe to expose (issue: safe and smooth by default): no stack traces or internal text in
// any answer, the development outbox only for a person on this machine, session tokens never in a browser's
// response bodies, and requests the server cannot read answered with a plain 400.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import superjson from 'superjson';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@hotgigs/db/test-context';
import { buildServer } from '../src/http/server.ts';
import { contextFromRequest } from '../src/trpc/context.ts';
import { GENERIC_ERROR_MESSAGE, MALFORMED_REQUEST_MESSAGE, router } from '../src/trpc/init.ts';
import { publicProcedure } from '../src/trpc/procedures.ts';
import { makeCompany, makeJob } from '@hotgigs/db/fixtures';
import { servicesFor, testEnv } from './helpers.ts';
import { buildWorld, WORLD_PASSWORD } from './world.ts';

const database = useTestDatabase();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const LOCAL = { remoteAddress: '127.0.0.1', headers: { host: 'localhost:3000' } };
const JSON_POST = { host: 'localhost:3000', 'content-type': 'application/json' };
const ELSEWHERE = { remoteAddress: '203.0.113.7', headers: { host: 'jobs.example.com' } };

async function startPortal(overrides: Record<string, string> = {}) {
  app = await buildServer(servicesFor(database.current.db, testEnv({ NODE_ENV: 'development', ...overrides })));
  return app;
}

const trpcError = (body: { error: Parameters<typeof superjson.deserialize>[0] }) =>
  superjson.deserialize<{ message: string; data: Record<string, unknown> }>(body.error);

const searchUrl = (input: unknown) => `/trpc/job.search?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;

describe('error answers', () => {
  /** A portal whose one procedure fails the way a bug would, with internal text in the error. */
  async function failingPortal(overrides: Record<string, string>) {
    const services = servicesFor(database.current.db, testEnv(overrides));
    const probe = router({
      broken: publicProcedure.query(() => {
        throw new Error('secret detail at /srv/hotgigs/apps/api/src/internal.ts:42');
      }),
    });
    app = Fastify();
    await app.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions: { router: probe, createContext: contextFromRequest(services) } });
    return app;
  }

  it.each([
    ['pnpm start (development, no DEBUG_ERRORS), on this machine', { NODE_ENV: 'development' }, LOCAL],
    ['DEBUG_ERRORS, from another address', { DEBUG_ERRORS: 'true' }, ELSEWHERE],
    ['DEBUG_ERRORS, on this machine but another host name (DNS rebinding)', { DEBUG_ERRORS: 'true' }, { remoteAddress: '127.0.0.1', headers: { host: 'attacker.example' } }],
    ['DEBUG_ERRORS, relayed by a proxy on this machine', { DEBUG_ERRORS: 'true' }, { remoteAddress: '127.0.0.1', headers: { host: 'localhost', 'x-forwarded-for': '198.51.100.4' } }],
  ])('hide the stack and internal text: %s', async (_case, env, from) => {
    const portal = await failingPortal(env);
    const response = await portal.inject({ url: '/trpc/broken', ...from });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/secret detail|internal\.ts|stack|node_modules/);
    expect(trpcError(response.json()).message).toBe(GENERIC_ERROR_MESSAGE);
  });

  it('show details to this machine under DEBUG_ERRORS (pnpm dev)', async () => {
    const portal = await failingPortal({ DEBUG_ERRORS: 'true' });
    const error = trpcError((await portal.inject({ url: '/trpc/broken', ...LOCAL })).json());
    expect(error.message).toContain('secret detail');
    expect(String(error.data.stack)).toContain('internal.ts');
  });

  it('carry no stack on client errors (401, 400, 404) in the quick start', async () => {
    const portal = await startPortal();
    for (const url of ['/trpc/savedJob.ids', searchUrl({ filters: { q: 'x' }, limit: 1000 }), '/trpc/company.get?input=' + encodeURIComponent(JSON.stringify(superjson.serialize({ slug: 'nobody' })))]) {
      const response = await portal.inject({ url, ...LOCAL });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toMatch(/stack|node_modules|\.ts:\d+/);
    }
  });

  it('refuse a NUL byte with a 400 naming no database text', async () => {
    const portal = await startPortal();
    const response = await portal.inject({ url: searchUrl({ filters: { location: 'Ber\u0000lin' } }), ...LOCAL });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/byte sequence|UTF8|0x00|stack/i);
    expect(response.body).toMatch(/location.*control characters/);
  });

  it.each([
    ['a JSON null body', 'null'],
    ['superjson meta that recurses past the stack', `{"json":{"email":"a@b.example","password":"x"},"meta":{"values":${deepValues(20_000)}}}`],
    ['broken JSON', '{"json": '],
  ])('answer %s with a plain 400 "malformed request"', async (_case, body) => {
    const portal = await startPortal();
    const response = await portal.inject({ method: 'POST', url: '/trpc/auth.signIn', payload: body, headers: { ...LOCAL.headers, 'content-type': 'application/json' }, remoteAddress: LOCAL.remoteAddress });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/destructure|Maximum call stack|payload|stack|Unexpected/);
    expect(trpcError(response.json()).message).toBe(MALFORMED_REQUEST_MESSAGE);
  });
});

/** {"a":{"a":...}} nested `depth` levels deep, as JSON text (JSON.stringify itself would overflow). */
function deepValues(depth: number): string {
  return `${'{"a":'.repeat(depth)}["undefined"]${'}'.repeat(depth)}`;
}

describe('the development outbox', () => {
  const read = (portal: FastifyInstance, from: { remoteAddress: string; headers: Record<string, string> }) =>
    portal.inject({ url: '/dev/outbox.json', ...from });

  it('is readable by a person on this machine', async () => {
    const response = await read(await startPortal(), LOCAL);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveProperty('emails');
  });

  it.each([
    ['another address', ELSEWHERE],
    ['another address that names localhost', { remoteAddress: '192.0.2.10', headers: { host: 'localhost:3000' } }],
    ['this machine through a foreign host name (DNS rebinding)', { remoteAddress: '127.0.0.1', headers: { host: 'rebind.attacker.example:3000' } }],
    ['a proxy on this machine relaying someone else', { remoteAddress: '127.0.0.1', headers: { host: 'localhost', 'x-forwarded-for': '198.51.100.4' } }],
  ])('is a 404 to %s, page and JSON alike', async (_case, from) => {
    const portal = await startPortal({ TRUST_PROXY: 'true' });
    for (const url of ['/dev/outbox.json', '/dev/outbox']) {
      const response = await portal.inject({ url, ...from });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toMatch(/"emails"|verify|reset|<h1>/i);
    }
  });
});

describe('session tokens', () => {
  const result = (body: string) => superjson.deserialize<Record<string, unknown>>(JSON.parse(body).result.data);

  /** Candidate A of a fresh world signs in over HTTP, with these extra headers. */
  async function signInOverHttp(extraHeaders: Record<string, string> = {}) {
    const world = await buildWorld(database.current.db, new Date());
    const server = await startPortal();
    const response = await server.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      payload: JSON.stringify(superjson.serialize({ email: world.users.candidateA.email, password: WORLD_PASSWORD })),
      headers: { ...JSON_POST, ...extraHeaders },
    });
    return { server, response };
  }

  it('never appear in a browser’s response: sign-in sets the HttpOnly cookie only', async () => {
    const { server, response } = await signInOverHttp();
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    const token = /hotgigs_session=([^;]+)/.exec(cookie)![1]!;
    expect(response.body).not.toContain(token);
    expect(result(response.body)).not.toHaveProperty('token');

    // Refreshing with the cookie reports the expiry, not the token.
    const refreshed = await server.inject({ method: 'POST', url: '/trpc/auth.refresh', payload: '{}', headers: { ...JSON_POST, cookie: `hotgigs_session=${token}` } });
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.body).not.toContain(token);
  });

  it('come back in the body only to a client that asks (X-Session-Delivery: token), and to Bearer clients on refresh', async () => {
    const { server, response } = await signInOverHttp({ 'x-session-delivery': 'token' });
    const token = result(response.body).token as string;
    expect(token).toMatch(/^[a-z2-7]+\.[a-z2-7]+$/);
    const refreshed = await server.inject({ method: 'POST', url: '/trpc/auth.refresh', payload: '{}', headers: { ...JSON_POST, authorization: `Bearer ${token}` } });
    expect(result(refreshed.body).token).toBe(token);
  });
});

describe('headers and the web build', () => {
  it('forbid framing in both headers and allow no inline styles or scripts', async () => {
    const server = await startPortal();
    const response = await server.inject({ url: '/healthz', ...LOCAL });
    expect(response.headers['x-frame-options']).toBe('DENY');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/style-src 'self'(;|$)/);
  });

  it('publish no source maps (the Vite config builds none)', () => {
    const config = readFileSync(fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)), 'utf8');
    expect(config).toMatch(/sourcemap: false/);
  });
});

describe('compression', () => {
  it('sends API answers over 1 KB compressed as the browser accepts, and small ones as they are', async () => {
    const company = await makeCompany(database.current.db);
    for (let i = 0; i < 10; i++) await makeJob(database.current.db, { company_id: company.id, title: `Welder ${i}` });
    const server = await startPortal();
    const url = searchUrl({ filters: { q: 'welder' }, limit: 10 });
    const plain = await server.inject({ url, ...LOCAL });
    const brotli = await server.inject({ url, remoteAddress: LOCAL.remoteAddress, headers: { ...LOCAL.headers, 'accept-encoding': 'br, gzip' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(plain.body);
    const small = await server.inject({ url: '/healthz', remoteAddress: LOCAL.remoteAddress, headers: { ...LOCAL.headers, 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('serves the precompressed file of a built asset when the browser accepts it', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'hotgigs-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
    writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), script);
    writeFileSync(join(dist, 'assets', 'app-1a2b3c.js.br'), brotliCompressSync(script));
    const server = await startPortal({ WEB_DIST_DIR: dist });
    const asset = await server.inject({ url: '/assets/app-1a2b3c.js', remoteAddress: LOCAL.remoteAddress, headers: { ...LOCAL.headers, 'accept-encoding': 'br, gzip' } });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asset.rawPayload).toString()).toBe(script);
    expect(asset.headers['cache-control']).toContain('immutable');
  });
});
