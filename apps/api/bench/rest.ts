// `pnpm bench rest [--seconds S]`: what the REST surface costs over tRPC for the same work, on the installed
// portal (embedded PGlite, the demo's 2,000 jobs), 16 concurrent clients (autocannon):
//   - the same 10 searches over and over (the result cache answers: the adapter's own cost shows), and a long
//     tail of distinct searches (a new salary floor each request: every one misses the cache and runs SQL);
//   - a signed-in read (`auth.me`) with a session token and with a personal API token, on both surfaces (an API
//     token also counts each call against its rate limit, one upsert per call; its rows are 500 calls, under
//     the 600-a-minute limit, so they measure the work rather than 429s).
// Prints p50/p97.5 latency and requests/s per row. Figures depend on the machine: compare rows, not runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import superjson from 'superjson';
// @ts-expect-error: a plain .mjs helper shared with the other benchmarks
import { startPortal } from '../../../scripts/lib/portal.mjs';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' } } });
const SECONDS = Number(values.seconds);
const CONNECTIONS = 16;

/** One search as both surfaces take it: job.search's input, and GET /api/jobs's query. */
const SEARCHES: { trpc: Record<string, unknown>; rest: Record<string, string> }[] = [
  { trpc: { filters: { q: 'engineer' } }, rest: { q: 'engineer' } },
  { trpc: { filters: { q: 'nurse' }, sort: 'date' }, rest: { q: 'nurse', sort: 'date' } },
  { trpc: { filters: { q: 'data analyst', remote: ['remote', 'hybrid'] } }, rest: { q: 'data analyst', remote_option: 'remote,hybrid' } },
  { trpc: { filters: { q: 'manager', experienceLevel: ['senior'] } }, rest: { q: 'manager', experience_level: 'senior' } },
  { trpc: { filters: { q: 'teacher', location: 'london' } }, rest: { q: 'teacher', location: 'london' } },
  { trpc: { filters: { q: '"project manager"' } }, rest: { q: '"project manager"' } },
  { trpc: { filters: { q: 'sales', employmentType: ['full_time'] } }, rest: { q: 'sales', employment_type: 'full_time' } },
  { trpc: { filters: { remote: ['remote'] }, sort: 'date' }, rest: { remote_option: 'remote', sort: 'date' } },
  { trpc: { filters: { skills: ['sql'] } }, rest: { skills: 'sql' } },
  { trpc: { filters: { location: 'new york' }, sort: 'salary' }, rest: { location: 'new york', sort: 'salary' } },
];

const trpcPath = (input: Record<string, unknown>) => `/trpc/job.search?input=${encodeURIComponent(JSON.stringify(superjson.serialize({ ...input, limit: 20 })))}`;
const restPath = (query: Record<string, string>) => `/api/jobs?${new URLSearchParams({ ...query, limit: '20' })}`;

/** A search nobody made before: the same query with a salary floor of its own, so the cache cannot answer. */
let distinct = 0;
const distinctSearch = () => {
  distinct += 1;
  const search = SEARCHES[distinct % SEARCHES.length]!;
  const floor = 1000 + distinct;
  return { trpc: { ...search.trpc, filters: { ...(search.trpc.filters as object), salaryMin: floor, salaryCurrency: 'USD' } }, rest: { ...search.rest, salary_min: String(floor), salary_currency: 'USD' } };
};

/** `amount`: a fixed number of requests instead of SECONDS (an API token's calls stop at its rate limit). */
async function load(url: string, next: () => string, headers: Record<string, string> = {}, amount?: number) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    ...(amount ? { amount } : { duration: SECONDS }),
    headers,
    requests: [{ method: 'GET', setupRequest: (request: autocannon.Request) => ({ ...request, path: next() }) }],
  });
  return { p50: result.latency.p50, p97: result.latency.p97_5, rps: result.requests.average, errors: result.errors + result.non2xx };
}

function row(label: string, r: Awaited<ReturnType<typeof load>>) {
  console.log(`  ${label.padEnd(46)} p50 ${`${r.p50} ms`.padStart(7)}  p97.5 ${`${r.p97} ms`.padStart(7)}  ${r.rps.toFixed(0).padStart(6)} req/s${r.errors ? `  (${r.errors} errors)` : ''}`);
}

async function trpcCall(url: string, path: string, input: unknown, token?: string) {
  const res = await fetch(`${url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session-delivery': 'token', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(superjson.serialize(input)),
  });
  const body = (await res.json()) as { result?: { data: unknown }; error?: unknown };
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body.error)}`);
  return superjson.deserialize(body.result!.data as never) as Record<string, unknown>;
}

/** A candidate, verified through the development outbox, with a session token and a read-only API token. */
async function tokens(url: string) {
  const email = `bench-rest-${Date.now()}@example.com`;
  const password = 'bench passphrase 2026';
  await trpcCall(url, 'auth.register', { role: 'candidate', email, password, firstName: 'Bench', lastName: 'Rest' });
  const outbox = (await (await fetch(`${url}/dev/outbox.json`)).json()) as { emails: { to: string; links: string[] }[] };
  const link = outbox.emails.flatMap((e) => e.links).find((l) => l.includes('/verify-email'))!;
  await trpcCall(url, 'auth.verifyEmail', { token: new URL(link).searchParams.get('token') });
  const session = (await trpcCall(url, 'auth.signIn', { email, password })).token as string;
  const make = async (name: string) => (await trpcCall(url, 'auth.apiTokens.create', { name, scope: 'read', expiresInDays: 7 }, session)).token as string;
  return { session, apiTokens: [await make('bench tRPC'), await make('bench REST')] as const };
}

const dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-bench-rest-'));
const portal = await startPortal({ NODE_ENV: 'development', DATA_DIR: dataDir, DATABASE_URL: '' });
try {
  const { url } = portal as { url: string };
  const { session, apiTokens } = await tokens(url);
  // Under the 600-a-minute limit of each token, with room for the answers in flight.
  const tokenCalls = 500;
  let i = 0;
  console.log(`\nREST vs tRPC on the installed portal (embedded PGlite, demo data), ${CONNECTIONS} clients, ${SECONDS} s per row`);
  console.log(' the same 10 searches, repeated (the result cache answers)');
  row('tRPC  GET /trpc/job.search', await load(url, () => trpcPath(SEARCHES[i++ % SEARCHES.length]!.trpc)));
  row('REST  GET /api/jobs', await load(url, () => restPath(SEARCHES[i++ % SEARCHES.length]!.rest)));
  console.log(' distinct searches, each new (every one misses the cache)');
  row('tRPC  GET /trpc/job.search', await load(url, () => trpcPath(distinctSearch().trpc)));
  row('REST  GET /api/jobs', await load(url, () => restPath(distinctSearch().rest)));
  console.log(' a signed-in read (auth.me)');
  row('tRPC  session token', await load(url, () => '/trpc/auth.me', { authorization: `Bearer ${session}` }));
  row(`tRPC  API token (${tokenCalls} calls, each counted)`, await load(url, () => '/trpc/auth.me', { authorization: `Bearer ${apiTokens[0]}` }, tokenCalls));
  row('REST  GET /api/auth/me, session token', await load(url, () => '/api/auth/me', { authorization: `Bearer ${session}` }));
  row(`REST  GET /api/auth/me, API token (${tokenCalls} calls)`, await load(url, () => '/api/auth/me', { authorization: `Bearer ${apiTokens[1]}` }, tokenCalls));
} finally {
  await (portal as { stop(): Promise<void> }).stop();
  rmSync(dataDir, { recursive: true, force: true });
}
