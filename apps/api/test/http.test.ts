// The HTTP host as a client sees it: probes, tRPC over HTTP (batching, errors), request ids, headers, 404s.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import superjson from 'superjson';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '@hotgigs/db';
import { makeCompany, makeJob } from '@hotgigs/db/fixtures';
import { useTestDatabase } from '@hotgigs/db/test-context';
import { buildServer, MAX_BATCH_SIZE } from '../src/http/server.ts';
import { GENERIC_ERROR_MESSAGE } from '../src/trpc/init.ts';
import { servicesFor, testEnv } from './helpers.ts';

const database = useTestDatabase();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function server(env = testEnv()) {
  app = await buildServer(servicesFor(database.current.db, env));
  return app;
}

/** tRPC errors travel through the same superjson transformer as data. */
const trpcError = (body: { error: Parameters<typeof superjson.deserialize>[0] }) =>
  superjson.deserialize<{ message: string; data: { code: string; requestId?: string; fieldErrors?: unknown } }>(body.error);

const trpcGet = (path: string, input: unknown) =>
  `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;

describe('HTTP host', () => {
  it('answers the health and readiness probes', async () => {
    const app = await server();
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('reports not ready, without crashing, when the database is gone', async () => {
    const broken = await createDb({ databaseUrl: 'postgres://nobody:nothing@127.0.0.1:1/none' });
    app = await buildServer(servicesFor(broken.db, testEnv({ NODE_ENV: 'production' })));
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    const list = await app.inject(trpcGet('job.list', { page: 1, limit: 5 }));
    expect(list.statusCode).toBe(500);
    // In production nothing about the internals leaks: a generic message and the request id to quote.
    const error = trpcError(list.json());
    expect(error.message).toBe(GENERIC_ERROR_MESSAGE);
    expect(error.data.requestId).toBe(list.headers['x-request-id']);
    expect(list.body).not.toMatch(/ECONNREFUSED|stack|127\.0\.0\.1/);
    await broken.close();
  });

  it('serves job.list over tRPC with superjson dates and a request id', async () => {
    const { db } = database.current;
    const company = await makeCompany(db);
    await makeJob(db, { company_id: company.id, title: 'Data engineer' });
    const app = await server();
    const res = await app.inject({ url: trpcGet('job.list', { page: 1, limit: 5 }), headers: { 'x-request-id': 'abc-123' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
    const data = superjson.deserialize<{ items: { title: string; publishedAt: Date }[] }>(res.json().result.data);
    expect(data.items.map((j) => j.title)).toEqual(['Data engineer']);
    expect(data.items[0]?.publishedAt).toBeInstanceOf(Date);
  });

  it('answers a page size of 1000 with 400 and the field that is wrong', async () => {
    const app = await server();
    const res = await app.inject(trpcGet('job.list', { page: 1, limit: 1000 }));
    expect(res.statusCode).toBe(400);
    const error = trpcError(res.json());
    expect(error.data.code).toBe('BAD_REQUEST');
    expect(error.data.fieldErrors).toEqual({ limit: [expect.stringContaining('100')] });
    expect(error.message).toBe('limit: Too big: expected number to be <=100');
    expect(error.data.requestId).toEqual(expect.any(String));
  });

  it('answers an unknown job with 404', async () => {
    const app = await server();
    const res = await app.inject(trpcGet('job.byId', { id: '00000000-0000-4000-8000-000000000000' }));
    expect(res.statusCode).toBe(404);
    expect(trpcError(res.json()).data.code).toBe('NOT_FOUND');
  });

  it(`refuses a batch of more than ${MAX_BATCH_SIZE} calls`, async () => {
    const app = await server();
    const n = MAX_BATCH_SIZE + 1;
    const paths = Array.from({ length: n }, () => 'job.list').join(',');
    const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, superjson.serialize({ page: 1, limit: 1 })]));
    const res = await app.inject(`/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
    expect(res.statusCode).toBe(400);
  });

  it('rejects a body over the size limit with 413, not 500', async () => {
    const app = await server();
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/job.list',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
  });

  it('answers unknown API paths with a JSON 404 and pages with the web app (SPA fallback)', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'hotgigs-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Hotgigs</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    const app = await server(testEnv({ WEB_DIST_DIR: dist }));
    const api = await app.inject('/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('NOT_FOUND');
    const home = await app.inject('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<div id="root">');
    const page = await app.inject('/account/sessions');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const asset = await app.inject('/assets/app-abc123.js');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject('/assets/missing.js')).statusCode).toBe(404);
  });
});
