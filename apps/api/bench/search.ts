// `pnpm bench search`: 100,000 jobs, a fixed mix of 20 realistic searches (text + filters + facets + sort),
// over HTTP with 16 concurrent clients (autocannon), and the same SQL statements replayed directly through the
// driver (the floor), on embedded PGlite and on PostgreSQL. Prints p50/p95 latency, requests/s and API/SQL.
// Also prints EXPLAIN of the main statements on PostgreSQL, to show the indexes in use.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { CompiledQuery, Kysely } from 'kysely';
import superjson from 'superjson';
import { createDb } from '@hotgigs/db';
import { jobSearchInput, type DB, type JobSearchInput } from '@hotgigs/shared';
import { searchJobs } from '../src/services/search.ts';
// @ts-expect-error: a plain .mjs helper shared with the other benchmarks and the test runner
import { findPostgresBin, startTempPostgres } from '../../../scripts/lib/postgres.mjs';

const cli = fileURLToPath(new URL('../bin/hotgigs.mjs', import.meta.url));
const { values } = parseArgs({
  options: { jobs: { type: 'string', default: '100000' }, seconds: { type: 'string', default: '15' }, only: { type: 'string' } },
});
const JOBS = values.jobs!;
const SECONDS = Number(values.seconds);
const CONNECTIONS = 16;

/** What people type and tick on a job board, from broad to narrow. */
const SEARCHES: Partial<JobSearchInput>[] = (
  [
  { filters: { q: 'software engineer' } },
  { filters: { q: 'nurse' }, sort: 'date' },
  { filters: { q: 'data analyst', remote: ['remote', 'hybrid'] } },
  { filters: { q: 'javascript react' } },
  { filters: { q: 'js', experienceLevel: ['senior'] } },
  { filters: { q: 'teacher', location: 'london' } },
  { filters: { q: 'manager -assistant' }, sort: 'salary' },
  { filters: { q: '"project manager"' } },
  { filters: { q: 'python OR java', postedWithinDays: 30 } },
  { filters: { q: 'accountant', salaryMin: 40000, salaryCurrency: 'USD' } },
  { filters: { q: 'devel' } },
  { filters: { q: 'pyhton' } },
  { filters: { q: 'electrician', employmentType: ['full_time'] } },
  { filters: { q: 'sales', location: 'berlin', includeRemote: true } },
  { filters: { remote: ['remote'] }, sort: 'date' },
  { filters: { experienceLevel: ['entry', 'junior'], employmentType: ['internship', 'part_time'] } },
  { filters: { skills: ['sql'] } },
  { filters: { q: 'engineer', skills: ['python'] }, sort: 'date' },
  { filters: { location: 'new york' }, sort: 'salary' },
  { filters: { q: 'chef cook', remote: ['onsite'] } },
  ] satisfies Partial<JobSearchInput>[]
).map((s) => ({ ...s, limit: 20 }));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function seed(env: Record<string, string>) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [cli, 'seed', '--demo', '--jobs', JOBS], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`seeding failed: ${result.stderr}`);
  console.log(`  seeded ${JOBS} jobs in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function startPortal(env: Record<string, string>) {
  const port = 30000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', PORT: String(port), SEED_DEMO_ON_FIRST_START: 'false', WEB_DIST_DIR: '', SECRET_KEY: 'b'.repeat(64), ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface Figures {
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

async function overHttp(url: string): Promise<Figures> {
  const paths = SEARCHES.map(
    (s) => `/trpc/job.search?input=${encodeURIComponent(JSON.stringify(superjson.serialize(jobSearchInput.parse(s))))}`,
  );
  // Warm up: every search once.
  for (const path of paths) {
    const res = await fetch(url + path);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  }
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p90,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

/** The statements each search sends, captured through the database's query hook. */
async function captureStatements(db: Kysely<DB>, capture: { into: CompiledQuery[] | undefined }): Promise<CompiledQuery[][]> {
  const all: CompiledQuery[][] = [];
  for (const search of SEARCHES) {
    const captured: CompiledQuery[] = [];
    capture.into = captured;
    await searchJobs(db, jobSearchInput.parse(search));
    all.push(captured);
  }
  capture.into = undefined;
  return all;
}

/** Replays each search's statements, in order, with 16 concurrent clients for the same duration. */
async function overSql(db: Kysely<DB>, statements: CompiledQuery[][]): Promise<Figures> {
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const search = statements[next++ % statements.length]!;
        const t0 = performance.now();
        for (const query of search) await db.executeQuery(query);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: latencies.length / ((performance.now() - started) / 1000), errors: 0 };
}

async function explain(db: Kysely<DB>, statements: CompiledQuery[][]) {
  console.log('\n  EXPLAIN (PostgreSQL) of the result page of three searches:');
  for (const index of [0, 9, 14]) {
    const page = statements[index]!.find((q) => /ts_headline\('english', "jobs"."title"/.test(q.sql) || /order by/i.test(q.sql));
    if (!page) continue;
    const { rows } = await db.executeQuery<{ 'QUERY PLAN': string }>({
      ...page,
      sql: `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${page.sql}`,
    } as CompiledQuery);
    const plan = rows.map((r) => r['QUERY PLAN']);
    const used = [...new Set(plan.join('\n').match(/(?:Index|Bitmap Index) Scan (?:using|on) \w+/g) ?? [])];
    console.log(`    #${index + 1} ${JSON.stringify(SEARCHES[index]!.filters)}: ${used.join(', ') || 'no index'}; ${plan.at(-1)}`);
  }
}

/** Where the time goes: each statement run alone, the slowest kinds first (what to optimise next). */
async function profile(db: Kysely<DB>, statements: CompiledQuery[][]) {
  const byKind = new Map<string, number[]>();
  for (const search of statements) {
    for (const query of search) {
      const t0 = performance.now();
      await db.executeQuery(query);
      const kind = query.sql.replace(/\s+/g, ' ').slice(0, 70);
      byKind.set(kind, [...(byKind.get(kind) ?? []), performance.now() - t0]);
    }
  }
  const rows = [...byKind].map(([kind, times]) => ({ kind, total: times.reduce((a, b) => a + b, 0), n: times.length }));
  rows.sort((a, b) => b.total - a.total);
  console.log('  time per statement kind, one client (total over the 20 searches):');
  for (const r of rows.slice(0, 6)) console.log(`    ${r.total.toFixed(1).padStart(7)} ms  x${r.n}  ${r.kind}`);
}

function row(label: string, f: Figures) {
  return `  ${label.padEnd(24)} p50 ${f.p50.toFixed(1).padStart(7)} ms   p95 ${f.p95.toFixed(1).padStart(7)} ms   ${f.rps.toFixed(0).padStart(6)} req/s${f.errors ? `   ${f.errors} errors` : ''}`;
}

async function benchEmbedded() {
  console.log(`\nEmbedded PGlite, ${JOBS} jobs`);
  const dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-bench-search-'));
  try {
    seed({ DATA_DIR: dataDir, DATABASE_URL: '' });
    const portal = await startPortal({ DATA_DIR: dataDir, DATABASE_URL: '' });
    const api = await overHttp(portal.url);
    await portal.stop();
    const capture: { into: CompiledQuery[] | undefined } = { into: undefined };
    const database = await createDb({ dataDir: join(dataDir, 'pglite'), onQuery: (q) => capture.into?.push(q) });
    const statements = await captureStatements(database.db, capture);
    const floor = await overSql(database.db, statements);
    print(api, floor);
    await profile(database.db, statements);
    await database.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres() {
  if (!findPostgresBin()) {
    console.log('\nPostgreSQL: skipped (no server binaries)');
    return;
  }
  const server = await startTempPostgres();
  try {
    console.log(`\nPostgreSQL, ${JOBS} jobs`);
    seed({ DATABASE_URL: server.url });
    const portal = await startPortal({ DATABASE_URL: server.url, DB_POOL_SIZE: '16' });
    const api = await overHttp(portal.url);
    await portal.stop();
    const capture: { into: CompiledQuery[] | undefined } = { into: undefined };
    const database = await createDb({ databaseUrl: server.url, poolSize: CONNECTIONS, onQuery: (q) => capture.into?.push(q) });
    const statements = await captureStatements(database.db, capture);
    const floor = await overSql(database.db, statements);
    print(api, floor);
    await profile(database.db, statements);
    await explain(database.db, statements);
    await database.close();
  } finally {
    server.stop();
  }
}

function print(api: Figures, floor: Figures) {
  console.log(row('API over HTTP (tRPC)', api));
  console.log(row('same SQL through pg', floor));
  console.log(`  API/SQL p50 ratio: ${(api.p50 / floor.p50).toFixed(2)}`);
}

console.log(`job.search: ${SEARCHES.length} searches in rotation, ${CONNECTIONS} concurrent clients, ${SECONDS} s per run`);
if (values.only !== 'postgres') await benchEmbedded();
if (values.only !== 'embedded') await benchPostgres();
