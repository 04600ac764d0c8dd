// `pnpm bench match [--part speed|esco] [--jobs N] [--candidates N] [--runs R] [--occupations N] [--examples N]
// [--only embedded|postgres]`: matching through the service functions the routers call, in two parts (both by
// default, each on its own fresh database).
// speed: seeds N open jobs and N candidate profiles (default 100,000 each) over
// the real skills taxonomy, grouped in 40 synthetic "occupations" of 10 skills each (400 of the 450 technology skills) (a job asks for 5 of its
// occupation's skills, a candidate holds 4 of them and 2 random others, so the ground truth is known), then
// prints p50/p95 of recommended jobs for one candidate (top 20 with reports, out of MATCH_POOL scored) and of
// the candidates a recruiter could invite to one job, and the ranking quality: NDCG@10 and MRR of recommended
// jobs (relevant = the candidate's occupation), and how often removing one held skill lowers a job's score.
// That set is too easy to tell rankers apart (it scores 1.000); the second part is the quality measure.
// esco: 6 jobs and 6 profiles for each of the ESCO occupations of the demo data (--occupations N: a
// deterministic sample; all 434 by default), written as match-esco.ts describes, judged with graded relevance
// (2 own occupation, 1 same ISCO minor group): NDCG@10 and MRR (first own-occupation item) of recommended jobs
// for 100 candidates and of candidates to invite for 100 jobs, the same for the scorer alone over every job
// (without the SQL pool), and whether removing asked-for skills one at a time ever raises a score.
// --examples N prints the N worst-ranked candidates' top jobs with their criteria.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { createDb, migrateToLatest } from '@hotgigs/db';
import { loadTaxonomy } from '@hotgigs/db/seed';
import type { DB } from '@hotgigs/shared';
import { invitableCandidates, recommendedJobs } from '../src/domains/matching/service.ts';
import { matchEngine } from '../src/domains/matching/engine.ts';
import { loadMatchCandidates, loadMatchJobs } from '../src/domains/matching/load.ts';
import { prepareCandidate, prepareJob, scoreMatch } from '@hotgigs/ai';
import { onBothDatabases, percentile } from './databases.ts';
import { evaluateEscoSet, seedEscoSet } from './match-esco.ts';

const { values } = parseArgs({
  options: {
    part: { type: 'string' },
    jobs: { type: 'string', default: '100000' },
    candidates: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '30' },
    occupations: { type: 'string', default: '434' },
    examples: { type: 'string', default: '0' },
    only: { type: 'string' },
  },
});
if (values.part !== undefined && values.part !== 'speed' && values.part !== 'esco') throw new Error('--part is speed or esco (default: both)');
const JOBS = Number(values.jobs);
const CANDIDATES = Number(values.candidates);
const RUNS = Number(values.runs);
const OCCUPATIONS = 40;
const GROUP = 10;

/** A small deterministic generator, so every run seeds the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sample<T>(items: readonly T[], n: number, next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

const LEVELS = ['junior', 'mid', 'senior'] as const;
const REMOTE = ['onsite', 'hybrid', 'remote'] as const;
const CITIES = ['Berlin, Germany', 'London, United Kingdom', 'Austin, TX', 'Toronto, Canada'];

async function seed(db: Kysely<DB>) {
  await loadTaxonomy(db);
  const skills = await db.selectFrom('skills').select('id').where('category', 'in', ['framework', 'programming-language', 'tool', 'database', 'cloud', 'platform', 'data']).orderBy('slug').execute();
  const next = random(7);
  const pool = sample(
    skills.map((s) => s.id),
    OCCUPATIONS * GROUP,
    next,
  );
  const groups = Array.from({ length: OCCUPATIONS }, (_, o) => pool.slice(o * GROUP, (o + 1) * GROUP));
  const company = await db.insertInto('companies').values({ name: 'Bench Co', slug: 'bench-co' }).returning('id').executeTakeFirstOrThrow();
  const jobOccupation = new Map<string, number>();
  for (let start = 0; start < JOBS; start += 2_000) {
    const batch = Array.from({ length: Math.min(2_000, JOBS - start) }, (_, k) => {
      const i = start + k;
      const o = i % OCCUPATIONS;
      return {
        o,
        row: {
          company_id: company.id,
          title: `Occupation ${o} specialist`,
          description: `Work on occupation ${o} systems with a friendly team.`,
          status: 'published' as const,
          published_at: new Date(Date.now() - i * 1000),
          experience_level: LEVELS[i % 3]!,
          remote: REMOTE[i % 3]!,
          location: CITIES[i % CITIES.length]!,
        },
      };
    });
    const rows = await db.insertInto('jobs').values(batch.map((b) => b.row)).returning('id').execute();
    const jobSkills = rows.flatMap((row, k) => {
      jobOccupation.set(row.id, batch[k]!.o);
      return sample(groups[batch[k]!.o]!, 5, next).map((skill_id, s) => ({ job_id: row.id, skill_id, requirement: s < 3 ? ('required' as const) : ('preferred' as const) }));
    });
    await db.insertInto('job_skills').values(jobSkills).execute();
  }
  await sql`INSERT INTO users (email, role) SELECT 'c' || g || '@bench.example', 'candidate' FROM generate_series(1, ${CANDIDATES}) g`.execute(db);
  await sql`INSERT INTO candidates (user_id, first_name, last_name, current_title, years_experience, location, summary)
    SELECT id, 'Cand', substr(email, 2, 7), 'Occupation ' || (substr(email, 2, length(email) - 15)::int % ${OCCUPATIONS}) || ' specialist',
      3 + substr(email, 2, length(email) - 15)::int % 8, (${sql.lit(`{${CITIES.map((c) => `"${c}"`).join(',')}}`)}::text[])[1 + substr(email, 2, length(email) - 15)::int % 4], 'I work on systems.'
    FROM users WHERE role = 'candidate'`.execute(db);
  const candidates = await db.selectFrom('candidates').select(['id', 'current_title']).execute();
  const candidateOccupation = new Map<string, number>();
  for (let start = 0; start < candidates.length; start += 2_000) {
    const rows = candidates.slice(start, start + 2_000).flatMap((c) => {
      const o = Number(/Occupation (\d+)/.exec(c.current_title ?? '')?.[1] ?? 0);
      candidateOccupation.set(c.id, o);
      const own = sample(groups[o]!, 4, next);
      const other = sample(pool, 2, next).filter((s) => !own.includes(s));
      return [...own, ...other].map((skill_id) => ({ candidate_id: c.id, skill_id, years: 2 + Math.floor(next() * 5) }));
    });
    await db.insertInto('candidate_skills').values(rows).execute();
  }
  await sql`ANALYZE`.execute(db);
  return { jobOccupation, candidateOccupation, company: company.id };
}

async function time(runs: number, f: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return `${percentile(times, 50).toFixed(1).padStart(7)} ${percentile(times, 95).toFixed(1).padStart(7)}`;
}

async function runSpeed(label: string, databaseUrl: string | undefined) {
  const dir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'hotgigs-bench-match-'));
  const database = await createDb({ databaseUrl, dataDir: dir, poolSize: 4 });
  try {
    await migrateToLatest(database.db);
    const started = Date.now();
    const { jobOccupation, candidateOccupation } = await seed(database.db);
    console.log(`\n${label}: ${JOBS} open jobs, ${CANDIDATES} profiles, seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const db = database.db;
    await matchEngine(db);
    const candidateIds = [...candidateOccupation.keys()];
    const jobIds = [...jobOccupation.keys()];
    const now = new Date();
    const input = { filters: {}, page: 1, limit: 20 };
    await recommendedJobs({ db }, candidateIds[0]!, input, now);
    await invitableCandidates({ db }, jobIds[0]!, 20, now);
    console.log('  view                                          p50 ms  p95 ms');
    console.log(`  recommended jobs for one candidate (top 20)  ${await time(RUNS, (i) => recommendedJobs({ db }, candidateIds[(i * 7919) % candidateIds.length]!, input, now))}`);
    console.log(`  candidates to invite for one job (top 20)    ${await time(RUNS, (i) => invitableCandidates({ db }, jobIds[(i * 7919) % jobIds.length]!, 20, now))}`);

    // Quality: the candidate's own occupation's jobs should come first.
    let ndcg = 0;
    let mrr = 0;
    const sampled = Math.min(50, candidateIds.length);
    for (let i = 0; i < sampled; i++) {
      const id = candidateIds[(i * 104729) % candidateIds.length]!;
      const own = candidateOccupation.get(id);
      const items = (await recommendedJobs({ db }, id, { filters: {}, page: 1, limit: 10 }, now)).items;
      const relevant = items.map((item) => (jobOccupation.get(item.job.id) === own ? 1 : 0));
      const dcg = relevant.reduce<number>((sum, r, k) => sum + r / Math.log2(k + 2), 0);
      const ideal = Array.from({ length: 10 }, (_, k) => 1 / Math.log2(k + 2)).reduce((a, b) => a + b, 0);
      ndcg += dcg / ideal;
      const first = relevant.indexOf(1);
      mrr += first < 0 ? 0 : 1 / (first + 1);
    }
    // Monotonicity: removing one held skill never raises a score, and lowers it when the job asks for it.
    const engine = await matchEngine(db);
    let pairs = 0;
    let lowered = 0;
    let raised = 0;
    const candidates = await loadMatchCandidates(db, candidateIds.slice(0, 20), engine.context.graph);
    const jobs = await loadMatchJobs(db, jobIds.slice(0, 60));
    for (const candidate of candidates.values()) {
      const full = prepareCandidate(candidate, engine.context);
      for (const job of jobs.values()) {
        const prepared = prepareJob(job, engine.context);
        const base = scoreMatch(full, prepared, engine.context);
        for (const skill of candidate.skills) {
          if (!job.skills.some((s) => s.skillId === skill.skillId) || !base.scored) continue;
          const less = scoreMatch(prepareCandidate({ ...candidate, skills: candidate.skills.filter((s) => s !== skill) }, engine.context), prepared, engine.context);
          pairs++;
          if (less.scored && less.total < base.total) lowered++;
          if (less.scored && less.total > base.total) raised++;
        }
      }
    }
    console.log(`  quality over ${sampled} candidates: NDCG@10 ${(ndcg / sampled).toFixed(3)}, MRR ${(mrr / sampled).toFixed(3)}`);
    console.log(`  one asked-for skill removed (${pairs} cases): score lower in ${lowered}, higher in ${raised}`);
  } finally {
    await database.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** A new, empty database beside the one at `url` (on the same server), for a part that must not see another's rows. */
async function freshDatabase(url: string, name: string): Promise<string> {
  const admin = await createDb({ databaseUrl: url, poolSize: 1 });
  try {
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)}`.execute(admin.db);
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

async function runEsco(label: string, serverUrl: string | undefined) {
  const databaseUrl = serverUrl ? await freshDatabase(serverUrl, 'hotgigs_bench_esco') : undefined;
  const dir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'hotgigs-bench-match-esco-'));
  const database = await createDb({ databaseUrl, dataDir: dir, poolSize: 4 });
  try {
    await migrateToLatest(database.db);
    await loadTaxonomy(database.db);
    const started = Date.now();
    const now = new Date();
    const options = { occupations: Number(values.occupations), jobsPerOccupation: 6, candidatesPerOccupation: 6, sample: 100, examples: Number(values.examples) };
    const set = await seedEscoSet(database.db, options, now);
    console.log(`\n${label}, ESCO quality set: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await evaluateEscoSet(database.db, set, options, now);
  } finally {
    await database.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

await onBothDatabases(values.only, async (label, databaseUrl) => {
  if (values.part !== 'esco') await runSpeed(label, databaseUrl);
  if (values.part !== 'speed') await runEsco(label, databaseUrl);
});
