// Property-based fuzzing of the wire itself, under the procedures' input checks: whatever bytes arrive as a tRPC
// request body or query (JSON that is not an envelope, superjson envelopes with hostile `meta`, broken JSON,
// deep nesting, batches), the portal answers a 4xx with no stack, no driver text and no parser message, and keeps
// serving. The fixed cases of safe-defaults.test.ts are the seeds this generalises.
import { fc, it } from '@fast-check/vitest';
import type { FastifyInstance } from 'fastify';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { useTestDatabase } from '@hotgigs/db/test-context';
import { buildServer } from '../src/http/server.ts';
import { servicesFor, testEnv } from './helpers.ts';

const database = useTestDatabase();
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildServer(servicesFor(database.current.db, testEnv({ NODE_ENV: 'development' })));
});
afterAll(() => app?.close());

const LOCAL = { remoteAddress: '127.0.0.1', headers: { host: 'localhost:3000' } };
/** What no answer may carry: stack frames, file paths, parser or driver messages. */
const INTERNAL = /stack|node_modules|\.ts:\d+|destructure|Maximum call stack|Unexpected token|byte sequence|SyntaxError|TypeError|undefined is not/i;

const MUTATIONS = ['auth.signIn', 'auth.register', 'savedJob.save', 'alert.create', 'jobEditor.create'];
const QUERIES = ['job.search', 'job.byId', 'company.get', 'skill.search'];

const nested = (depth: number, leaf: string) => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
/** superjson `meta` as an attacker writes it: wrong types, unknown annotations, paths into nothing, deep recursion. */
const hostileMeta = fc.oneof(
  fc.jsonValue(),
  fc.record({ values: fc.jsonValue() }, { requiredKeys: [] }),
  fc.record({ values: fc.dictionary(fc.string({ maxLength: 8 }), fc.constantFrom('Date', 'bigint', 'set', 'map', 'regexp', 'undefined', 'class', 'custom', ['class', 'X'], ['custom', 'Y'], 42)) }),
  fc.record({ referentialEqualities: fc.jsonValue() }),
  fc.integer({ min: 1_000, max: 30_000 }).map((depth) => JSON.parse(nested(Math.min(depth, 2_000), '["undefined"]')) as unknown),
);
const envelope = fc.record({ json: fc.jsonValue(), meta: hostileMeta }, { requiredKeys: [] }).map((body) => JSON.stringify(body));
/** Raw text: broken JSON, deep nesting past any recursion limit, NUL bytes, plain garbage. */
const rawBody = fc.oneof(
  envelope,
  fc.jsonValue().map((body) => JSON.stringify(body)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('null', '[]', '{"json": ', '{"0":null}', '"\u0000"', '{"json":{"email":"a\u0000@b.c"}}'),
  fc.integer({ min: 5_000, max: 50_000 }).map((depth) => `{"json":${nested(depth, '1')}}`),
  fc.integer({ min: 5_000, max: 50_000 }).map((depth) => `{"json":1,"meta":{"values":${nested(depth, '["undefined"]')}}}`),
);

function expectClientError(response: { statusCode: number; body: string }) {
  expect(response.statusCode, response.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
  expect(response.body).not.toMatch(INTERNAL);
}

describe('the tRPC wire, fuzzed', () => {
  it.prop([fc.constantFrom(...MUTATIONS), rawBody, fc.boolean()], { numRuns: 150 })(
    'a POST body the server cannot use answers a 4xx without internal text',
    async (path, body, batched) => {
      const url = batched ? `/trpc/${path},${path}?batch=1` : `/trpc/${path}`;
      const payload = batched ? `{"0":${body},"1":${body}}` : body;
      const response = await app.inject({ method: 'POST', url, payload, headers: { ...LOCAL.headers, 'content-type': 'application/json' }, remoteAddress: LOCAL.remoteAddress });
      // A well-formed envelope may be a valid sign-in attempt or registration; everything else is the client's fault.
      if (response.statusCode < 300) return;
      expectClientError(response);
    },
  );

  it.prop([fc.constantFrom(...QUERIES), rawBody], { numRuns: 150 })('a query input the server cannot use answers a 4xx without internal text', async (path, input) => {
    const response = await app.inject({ url: `/trpc/${path}?input=${encodeURIComponent(input)}`, ...LOCAL });
    if (response.statusCode < 300) return;
    expectClientError(response);
  });

  it('still serves a real request afterwards', async () => {
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ q: 'java', limit: 5 })));
    const response = await app.inject({ url: `/trpc/skill.search?input=${input}`, ...LOCAL });
    expect(response.statusCode).toBe(200);
  });
});
