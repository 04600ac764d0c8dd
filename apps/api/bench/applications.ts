// `pnpm bench applications [--applicants N] [--runs R] [--only embedded|postgres]`: a recruiter's view of one
// job with N applicants (default 5,000): the board, the table's first page in each sort, a status filter, and
// one applicant in full, through the same service functions the routers call. Prints p50/p95 per view and the
// number of SQL statements each sends (no N+1: it must not grow with the page), on PostgreSQL and embedded
// PGlite, and EXPLAIN of the table's first page on PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { createDb, migrateToLatest } from '@hotgigs/db';
import { type ApplicantsInput, type DB } from '@hotgigs/shared';
import { applicantBoard, applicantDetail, listApplicants } from '../src/domains/applications/pipeline.ts';
import type { JobEditor } from '../src/domains/jobs/company-jobs.ts';
import { onBothDatabases, percentile } from './databases.ts';

const { values } = parseArgs({ options: { applicants: { type: 'string', default: '5000' }, runs: { type: 'string', default: '200' }, only: { type: 'string' } } });
const N = Number(values.applicants);
const RUNS = Number(values.runs);

/** Another job's applicants beside this one's, so the indexes have to pick one job out of many. */
const OTHER_JOBS = 20;

async function seed(db: Kysely<DB>) {
  const company = await db.insertInto('companies').values({ name: 'Bench Co', slug: 'bench-co' }).returning('id').executeTakeFirstOrThrow();
  const user = await db.insertInto('users').values({ email: 'recruiter@bench.example', role: 'recruiter' }).returning('id').executeTakeFirstOrThrow();
  const recruiter = await db
    .insertInto('recruiters')
    .values({ user_id: user.id, company_id: company.id, first_name: 'Rita', last_name: 'Recruiter', company_role: 'owner' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const jobs = await db
    .insertInto('jobs')
    .values(Array.from({ length: OTHER_JOBS + 1 }, (_, i) => ({ company_id: company.id, title: `Job ${i}`, status: 'published' as const, published_at: new Date() })))
    .returning('id')
    .execute();
  const total = N * 3;
  // Candidates (with users), their resumes and applications, written by the database in bulk.
  await sql`INSERT INTO users (email, role) SELECT 'c' || g || '@bench.example', 'candidate' FROM generate_series(1, ${total}) g`.execute(db);
  await sql`INSERT INTO candidates (user_id, first_name, last_name, headline, location, phone)
    SELECT id, 'First' || substr(email, 2, 6), 'Last', 'Welder and fitter', 'Springfield', '+1 555 ' || substr(email, 2, 6)
    FROM users WHERE role = 'candidate'`.execute(db);
  await sql`INSERT INTO resumes (candidate_id, original_filename, storage_key, size_bytes, format, sha256, parse_status, is_primary)
    SELECT id, 'cv.txt', 'resumes/' || id || '.txt', 100, 'txt', md5(id::text) || md5(id::text), 'parsed', true FROM candidates`.execute(db);
  const statuses = sql.lit(`{submitted,submitted,submitted,screening,screening,interview,offer,hired,rejected,rejected,withdrawn}`);
  // The first N candidates applied to the measured job; the others spread over the other jobs.
  await sql`INSERT INTO applications (candidate_id, job_id, resume_id, status, match_score, submitted_at)
    SELECT c.id,
      CASE WHEN c.n <= ${N} THEN ${jobs[0]!.id}::uuid ELSE (${sql.raw(`ARRAY[${jobs.slice(1).map((j) => `'${j.id}'`).join(',')}]`)}::uuid[])[1 + (c.n % ${OTHER_JOBS})] END,
      r.id,
      (${statuses}::text[])[1 + (c.n % 11)],
      CASE WHEN c.n % 7 = 0 THEN NULL ELSE (c.n * 37) % 101 END,
      now() - (c.n || ' minutes')::interval
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM candidates) c JOIN resumes r ON r.candidate_id = c.id`.execute(db);
  await sql`INSERT INTO application_events (application_id, from_status, to_status, actor_id)
    SELECT id, NULL, 'submitted', NULL FROM applications`.execute(db);
  await sql`INSERT INTO application_events (application_id, from_status, to_status, actor_id)
    SELECT id, 'submitted', status, ${user.id}::uuid FROM applications WHERE status <> 'submitted'`.execute(db);
  await sql`INSERT INTO application_notes (application_id, author_id, body, rating)
    SELECT id, ${recruiter.id}::uuid, 'Looks good', 1 + (match_score % 5) FROM applications WHERE match_score % 3 = 0`.execute(db);
  await sql`ANALYZE`.execute(db);
  const one = await db.selectFrom('applications').select('id').where('job_id', '=', jobs[0]!.id).orderBy('submitted_at', 'desc').executeTakeFirstOrThrow();
  const editor: JobEditor = { kind: 'recruiter', userId: user.id, recruiterId: recruiter.id, companyId: company.id };
  return { jobId: jobs[0]!.id, applicationId: one.id, editor };
}

async function run(label: string, databaseUrl: string | undefined) {
  let statements = 0;
  const dir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'hotgigs-bench-apps-'));
  const database = await createDb({ databaseUrl, dataDir: dir, poolSize: 4, onQuery: () => statements++ });
  try {
    await migrateToLatest(database.db);
    const started = Date.now();
    const { jobId, applicationId, editor } = await seed(database.db);
    console.log(`\n${label}: ${N} applicants on the job (${N * 3} applications in all), seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const page = (extra: Partial<ApplicantsInput>) => ({ id: jobId, page: 1, limit: 50, sort: 'match' as const, ...extra });
    const views: [string, () => Promise<unknown>][] = [
      ['board (7 columns x 50)', () => applicantBoard(database.db, jobId)],
      ['table, best match, page 1 of 50', () => listApplicants(database.db, page({}))],
      ['table, newest, page 1', () => listApplicants(database.db, page({ sort: 'newest' }))],
      ['table, by status, page 1', () => listApplicants(database.db, page({ sort: 'status' }))],
      ['table, screening only, page 1', () => listApplicants(database.db, page({ status: 'screening' }))],
      ['table, best match, page 20', () => listApplicants(database.db, page({ page: 20 }))],
      ['one applicant in full', () => applicantDetail(database.db, editor, applicationId)],
    ];
    console.log('  view                               p50 ms   p95 ms   statements');
    for (const [name, view] of views) {
      for (let i = 0; i < 5; i++) await view();
      statements = 0;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await view();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(`  ${name.padEnd(34)} ${percentile(times, 50).toFixed(1).padStart(6)}   ${percentile(times, 95).toFixed(1).padStart(6)}   ${(statements / RUNS).toFixed(0).padStart(5)}`);
    }
    if (databaseUrl) {
      const captured: CompiledQuery[] = [];
      const probe = await createDb({ databaseUrl, poolSize: 1, onQuery: (q) => captured.push(q) });
      await listApplicants(probe.db, page({}));
      for (const q of captured.splice(0)) {
        const plan = await sql.raw(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${q.sql.replace(/\$(\d+)/g, (_, i) => literal(q.parameters[Number(i) - 1]))}`).execute(probe.db);
        console.log(`\n  EXPLAIN ${q.sql.slice(0, 90)}...`);
        for (const row of plan.rows as { 'QUERY PLAN': string }[]) console.log(`    ${row['QUERY PLAN']}`);
      }
      await probe.close();
    }
  } finally {
    await database.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

function literal(value: unknown): string {
  if (typeof value === 'number') return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}

await onBothDatabases(values.only, run);
