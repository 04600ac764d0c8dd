// `pnpm bench search`: 100,000 jobs, a fixed mix of 20 realistic searches (text + filters + facets + sort),
// over HTTP with 16 concurrent clients (autocannon), with the result cache on (as deployed) and off, and the
// same SQL statements replayed directly through the driver (the floor: as the API sends them, concurrent
// where it runs them concurrently), on embedded PGlite and on PostgreSQL. Prints p50/p95 latency, requests/s
// and API/SQL (cache off, so both do the same work). Also prints EXPLAIN of each statement of three searches on
// PostgreSQL, to show the indexes in use.
import { spawnSync } from 'node:child_process';
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
import pino from 'pino';
import { sql } from 'kysely';
import type { SkillRequirement } from '@hotgigs/shared';
import { loadEnv } from '../src/env.ts';
import { processServices } from '../src/main.ts';
import { searchJobs } from '../src/domains/search/service.ts';
import { systemCaller, type SystemCaller } from '../src/trpc/system.ts';
// @ts-expect-error: a plain .mjs helper shared with the other benchmarks and the test runner
import { findPostgresBin, startTempPostgres } from '../../../scripts/lib/postgres.mjs';
// @ts-expect-error: a plain .mjs helper shared with the other benchmarks
import { startPortal } from '../../../scripts/lib/portal.mjs';

const cli = fileURLToPath(new URL('../bin/hotgigs.mjs', import.meta.url));
const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '15' },
    only: { type: 'string' },
    // The searches (1-based, comma-separated) whose statements get EXPLAIN ANALYZE; --plans prints whole plans.
    explain: { type: 'string', default: '1,10,15' },
    plans: { type: 'boolean', default: false },
    // PostgreSQL only: the demo's jobs are made again through jobEditor.create and jobEditor.transition, as postings arrive.
    'via-api': { type: 'boolean', default: false },
  },
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

/** A statement as the API sent it: when it started and ended, relative to the search's start. */
interface Captured {
  query: CompiledQuery;
  start: number;
  end: number;
}

type Capture = { into: Captured[] | undefined; t0: number };

/**
 * What the API ran as one: a statement, or planner settings and the statement they are for, in a transaction
 * (search.ts `readingAllMatches`).
 */
interface Unit {
  settings: CompiledQuery | undefined;
  query: CompiledQuery;
  start: number;
  end: number;
}

const isSettings = (query: CompiledQuery) => query.sql.includes('set_config(');

/** Pairs each captured settings statement with the first statement that started after it ended. */
function toUnits(all: Captured[]): Unit[] {
  // The transactions' own begin and commit are not replayed: runUnit opens its own.
  const captured = all.filter((c) => !/^\s*(begin|commit|rollback)\s*$/i.test(c.query.sql));
  const settings = captured.filter((c) => isSettings(c.query));
  const rest = captured.filter((c) => !isSettings(c.query));
  const paired = new Map<Captured, Captured>();
  for (const s of settings) {
    const next = rest.filter((c) => c.start >= s.end && !paired.has(c)).sort((a, b) => a.start - b.start)[0];
    if (next) paired.set(next, s);
  }
  return rest.map((c) => ({ settings: paired.get(c)?.query, query: c.query, start: paired.get(c)?.start ?? c.start, end: c.end }));
}

function runUnit(db: Kysely<DB>, unit: Unit, query: CompiledQuery = unit.query) {
  const { settings } = unit;
  if (!settings) return db.executeQuery(query);
  return db.transaction().execute(async (trx) => {
    await trx.executeQuery(settings);
    return trx.executeQuery(query);
  });
}

/** The statements each search sends, with their timing, captured through the database's query hook. */
async function captureStatements(db: Kysely<DB>, capture: Capture): Promise<Unit[][]> {
  const all: Unit[][] = [];
  for (const search of SEARCHES) {
    const captured: Captured[] = [];
    capture.into = captured;
    capture.t0 = performance.now();
    await searchJobs(db, jobSearchInput.parse(search));
    all.push(toUnits(captured));
  }
  capture.into = undefined;
  return all;
}

function onQuery(capture: Capture) {
  return (query: CompiledQuery, durationMs: number) => {
    const end = performance.now() - capture.t0;
    capture.into?.push({ query, start: end - durationMs, end });
  };
}

/**
 * Replays one search's statements with the API's concurrency: each starts once every statement that had
 * ended before it started has ended again here; those that overlapped in the API overlap here too.
 */
async function replay(db: Kysely<DB>, units: Unit[]): Promise<void> {
  const done: Promise<unknown>[] = [];
  for (const unit of units) {
    const before = units.flatMap((other, j) => (other.end <= unit.start ? [done[j]!] : []));
    done.push(Promise.all(before).then(() => runUnit(db, unit)));
  }
  await Promise.all(done);
}

/** Replays each search's statements with 16 concurrent clients for the same duration. */
async function overSql(db: Kysely<DB>, statements: Unit[][]): Promise<Figures> {
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const search = statements[next++ % statements.length]!;
        const t0 = performance.now();
        await replay(db, search);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: latencies.length / ((performance.now() - started) / 1000), errors: 0 };
}

/** What a statement is, for the reader: the result page, the count, the facets... */
function kindOf(sql: string): string {
  if (sql.includes('"title_marked"')) return 'page';
  if (sql.includes('count(*)::int as "n"')) return 'count';
  if (sql.includes('WITH m AS MATERIALIZED')) return 'facets';
  if (sql.includes('WITH unknown AS')) return 'typos';
  if (sql.includes('ts_headline')) return 'snippets';
  if (sql.includes('"job_skills"."requirement"')) return 'skills';
  return sql.replace(/\s+/g, ' ').trim().slice(0, 40);
}

async function explain(db: Kysely<DB>, statements: Unit[][]) {
  console.log('\n  EXPLAIN ANALYZE (PostgreSQL) of the statements of three searches: indexes used; time:');
  for (const index of values.explain!.split(',').map((n) => Number(n) - 1)) {
    console.log(`    #${index + 1} ${JSON.stringify(SEARCHES[index]!.filters)}, sort ${SEARCHES[index]!.sort ?? 'relevance'}`);
    for (const unit of statements[index]!) {
      const { query } = unit;
      const explained = { ...query, sql: `EXPLAIN (ANALYZE, COSTS OFF, TIMING ${values.plans ? "ON" : "OFF"}, SUMMARY ON) ${query.sql}` } as CompiledQuery;
      const { rows } = (await runUnit(db, unit, explained)) as { rows: { 'QUERY PLAN': string }[] };
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      const used = [...new Set(plan.match(/(?:Index Only Scan|Index Scan|Bitmap Index Scan) (?:using|on) \w+/g) ?? [])];
      const seq = [...new Set(plan.match(/Seq Scan on \w+/g) ?? [])];
      const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
      console.log(`      ${kindOf(query.sql).padEnd(9)} ${time?.padStart(7)} ms  ${[...used, ...seq].join(', ') || 'no table read'}`);
      if (values.plans) console.log(plan.replace(/^/gm, '        '));
    }
  }
}

/** Where the time goes: each statement run alone, the slowest kinds first (what to optimise next). */
async function profile(db: Kysely<DB>, statements: Unit[][]) {
  const byKind = new Map<string, number[]>();
  const slowest: { search: number; kind: string; ms: number }[] = [];
  for (const [index, search] of statements.entries()) {
    for (const unit of search) {
      const t0 = performance.now();
      await runUnit(db, unit);
      const kind = kindOf(unit.query.sql);
      const ms = performance.now() - t0;
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
      slowest.push({ search: index, kind, ms });
    }
  }
  const rows = [...byKind].map(([kind, times]) => ({ kind, total: times.reduce((a, b) => a + b, 0), n: times.length }));
  rows.sort((a, b) => b.total - a.total);
  console.log('  time per statement kind, one client, each statement alone (total over the 20 searches):');
  for (const r of rows) console.log(`    ${r.total.toFixed(1).padStart(7)} ms  x${r.n}  ${r.kind}`);
  console.log('  the slowest statements:');
  slowest.sort((a, b) => b.ms - a.ms);
  for (const s of slowest.slice(0, 8)) {
    const search = SEARCHES[s.search]!;
    console.log(`    ${s.ms.toFixed(1).padStart(7)} ms  ${s.kind.padEnd(9)} #${s.search + 1} ${JSON.stringify(search.filters)}${search.sort ? `, sort ${search.sort}` : ''}`);
  }
}

function row(label: string, f: Figures) {
  return `  ${label.padEnd(24)} p50 ${f.p50.toFixed(1).padStart(7)} ms   p95 ${f.p95.toFixed(1).padStart(7)} ms   ${f.rps.toFixed(0).padStart(6)} req/s${f.errors ? `   ${f.errors} errors` : ''}`;
}

async function benchEmbedded() {
  console.log(`\nEmbedded PGlite, ${JOBS} jobs`);
  const dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-bench-search-'));
  try {
    seed({ DATA_DIR: dataDir, DATABASE_URL: '' });
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const cached = await measurePortal(env, true);
    const uncached = await measurePortal(env, false);
    const capture: Capture = { into: undefined, t0: 0 };
    const database = await createDb({ dataDir: join(dataDir, 'pglite'), onQuery: onQuery(capture) });
    const statements = await captureStatements(database.db, capture);
    const floor = await overSql(database.db, statements);
    print(cached, uncached, floor);
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
    console.log(`\nPostgreSQL, ${JOBS} jobs${values['via-api'] ? ', made through the API' : ''}`);
    seed({ DATABASE_URL: server.url });
    if (values['via-api']) await remakeThroughApi(server.url);
    const env = { DATABASE_URL: server.url, DB_POOL_SIZE: '16' };
    const cached = await measurePortal(env, true);
    const uncached = await measurePortal(env, false);
    const capture: Capture = { into: undefined, t0: 0 };
    const database = await createDb({ databaseUrl: server.url, poolSize: CONNECTIONS, onQuery: onQuery(capture) });
    const statements = await captureStatements(database.db, capture);
    const floor = await overSql(database.db, statements);
    print(cached, uncached, floor);
    await profile(database.db, statements);
    await explain(database.db, statements);
    await database.close();
  } finally {
    server.stop();
  }
}

/**
 * The seeded jobs, written again the way a portal receives them: each created by one of its company's recruiters
 * through jobEditor.create (sanitising, skills, triggers, audit) and published through jobEditor.transition, 8 at a time.
 * Only the publication times are set back to the demo's afterwards (the API publishes now; real postings arrive
 * over weeks). Then VACUUM ANALYZE, as autovacuum would do within minutes: the planner sees real statistics.
 */
async function remakeThroughApi(databaseUrl: string) {
  const started = Date.now();
  const database = await createDb({ databaseUrl, poolSize: 8 });
  const { db } = database;
  const services = processServices(loadEnv({ ...process.env, DATABASE_URL: databaseUrl, SECRET_KEY: 'b'.repeat(64) }), db, pino({ level: 'silent' }));
  try {
    const jobs = await db
      .selectFrom('jobs')
      .innerJoin('recruiters', 'recruiters.id', 'jobs.created_by')
      .select([
        'jobs.id', 'jobs.title', 'jobs.description', 'jobs.requirements', 'jobs.location', 'jobs.remote', 'jobs.employment_type',
        'jobs.experience_level', 'jobs.salary_min', 'jobs.salary_max', 'jobs.salary_currency', 'jobs.salary_period', 'jobs.deadline',
        'jobs.published_at', 'recruiters.user_id',
      ])
      .orderBy('jobs.published_at')
      .execute();
    const skills = new Map<string, { slug: string; requirement: SkillRequirement; yearsRequired: number | null }[]>();
    for (const row of await db
      .selectFrom('job_skills')
      .innerJoin('skills', 'skills.id', 'job_skills.skill_id')
      .select(['job_skills.job_id', 'skills.slug', 'job_skills.requirement', 'job_skills.years_required'])
      .execute()) {
      skills.set(row.job_id, [...(skills.get(row.job_id) ?? []), { slug: row.slug, requirement: row.requirement, yearsRequired: row.years_required }]);
    }
    await sql`TRUNCATE jobs CASCADE`.execute(db);
    const callers = new Map<string, Promise<SystemCaller>>();
    const callerFor = (userId: string) => {
      if (!callers.has(userId)) callers.set(userId, systemCaller(services, { actAs: userId, tool: 'bench search --via-api' }));
      return callers.get(userId)!;
    };
    const publishedAt: { id: string; at: Date }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < jobs.length) {
          const job = jobs[next++]!;
          const caller = await callerFor(job.user_id);
          const { id } = await caller.jobEditor.create({
            title: job.title, description: job.description, requirements: job.requirements, location: job.location, remote: job.remote,
            employmentType: job.employment_type, experienceLevel: job.experience_level, salaryMin: job.salary_min, salaryMax: job.salary_max,
            salaryCurrency: job.salary_currency, salaryPeriod: job.salary_period, deadline: job.deadline, skills: skills.get(job.id) ?? [],
          });
          await caller.jobEditor.transition({ id, action: 'publish' });
          if (job.published_at) publishedAt.push({ id, at: job.published_at });
        }
      }),
    );
    for (let i = 0; i < publishedAt.length; i += 1000) {
      const chunk = publishedAt.slice(i, i + 1000);
      await sql`UPDATE jobs SET published_at = v.at FROM (SELECT unnest(${chunk.map((p) => p.id)}::uuid[]) AS id, unnest(${chunk.map((p) => p.at.toISOString())}::timestamptz[]) AS at) v WHERE jobs.id = v.id`.execute(db);
    }
    await sql`VACUUM ANALYZE`.execute(db);
    console.log(`  made ${jobs.length} jobs again through jobEditor.create and jobEditor.transition in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await services.mailer.close();
    await database.close();
  }
}

async function measurePortal(env: Record<string, string>, cache: boolean): Promise<Figures> {
  const portal = await startPortal({
    NODE_ENV: 'production',
    SEED_DEMO_ON_FIRST_START: 'false',
    WEB_DIST_DIR: '',
    SECRET_KEY: 'b'.repeat(64),
    SEARCH_CACHE_ENTRIES: cache ? '200' : '0',
    ...env,
  });
  try {
    return await overHttp(portal.url);
  } finally {
    await portal.stop();
  }
}

function print(cached: Figures, uncached: Figures, floor: Figures) {
  console.log(row('API, result cache on', cached));
  console.log(row('API, result cache off', uncached));
  console.log(row('same SQL through pg', floor));
  console.log(`  API (cache off)/SQL: p50 ${(uncached.p50 / floor.p50).toFixed(2)}, req/s ${(floor.rps / uncached.rps).toFixed(2)}`);
}

console.log(`job.search: ${SEARCHES.length} searches in rotation, ${CONNECTIONS} concurrent clients, ${SECONDS} s per run`);
if (values.only !== 'postgres') await benchEmbedded();
if (values.only !== 'embedded') await benchPostgres();
