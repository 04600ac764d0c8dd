// Matching (docs/matching.md): how well a candidate fits a job, and why, both ways. The score is pure logic in
// packages/ai; this gathers its inputs in few statements and ranks many pairs in process. Lists prefilter in SQL
// by skill overlap (GIN on jobs.skill_ids and candidates.skill_ids), take the MATCH_POOL best overlaps and score
// those; so a long list costs the same as a short one, and the score itself is never approximated.
import { sql, type Kysely, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import {
  prepareCandidate,
  prepareJob,
  rankCandidatesForJob,
  missingForMatch,
  NOT_ENOUGH_DATA_MESSAGE,
  rankJobsForCandidate,
  scoreMatch,
  type MatchCandidate,
  type MatchJob,
  type MatchResult,
  type MatchScored,
  type PreparedCandidate,
} from '@hotgigs/ai';
import { describePage, MATCH_POOL, pageOffset, type DB, type RecommendedJobsInput } from '@hotgigs/shared';
import type { AppServices } from '../../app-services.ts';
import { notFound } from '../../errors.ts';
import { isListed, skillsByJob, summaryColumns, toJobSummary, type JobSummary } from '../jobs/service.ts';
import { matchEngine, skillsLeadingTo, type MatchEngine } from './engine.ts';
import { loadMatchCandidates, loadMatchJobs } from './load.ts';

type Db = Kysely<DB> | Transaction<DB>;

const NO_JOB = 'This job does not exist or is no longer open.';

/** A match as stored on an application and sent to clients: the scorer's result and when it was computed. */
export type MatchReport = MatchResult & { scoredAt: string };

function report(result: MatchResult, now: Date): MatchReport {
  return { ...result, scoredAt: now.toISOString() };
}

async function preparedCandidate(db: Db, engine: MatchEngine, candidateId: string) {
  const candidate = (await loadMatchCandidates(db, [candidateId], engine.context.graph)).get(candidateId);
  if (!candidate) throw notFound('There is no such candidate.');
  return { candidate, prepared: prepareCandidate(candidate, engine.context) };
}

/** match.forJob: the calling candidate against one open job (or one they applied to), in full. */
export async function matchForJob({ db }: Pick<AppServices, 'db'>, candidateId: string, jobId: string, now: Date): Promise<MatchReport> {
  const visible = await db
    .selectFrom('jobs')
    .select('jobs.id')
    .where('jobs.id', '=', jobId)
    .where((eb) => eb.or([isListed(eb), eb.exists(eb.selectFrom('applications').select('applications.id').whereRef('applications.job_id', '=', 'jobs.id').where('applications.candidate_id', '=', candidateId))]))
    .executeTakeFirst();
  if (!visible) throw notFound(NO_JOB);
  const engine = await matchEngine(db);
  const [{ prepared }, jobs] = await Promise.all([preparedCandidate(db, engine, candidateId), loadMatchJobs(db, [jobId])]);
  const job = jobs.get(jobId);
  if (!job) throw notFound(NO_JOB);
  return report(scoreMatch(prepared, prepareJob(job, engine.context), engine.context), now);
}

export interface MatchBadges {
  /** False when the profile has too little to score: `message` says what to add. */
  scored: boolean;
  message: string | null;
  scores: { jobId: string; score: number }[];
}

/** match.forJobs: the score alone for each job of a page (search results, saved jobs), open jobs only. */
export async function matchBadges({ db }: Pick<AppServices, 'db'>, candidateId: string, jobIds: readonly string[]): Promise<MatchBadges> {
  const engine = await matchEngine(db);
  const listed = await db.selectFrom('jobs').select('id').where('id', 'in', [...new Set(jobIds)]).where(isListed).execute();
  const [{ prepared }, jobs] = await Promise.all([
    preparedCandidate(db, engine, candidateId),
    loadMatchJobs(
      db,
      listed.map((j) => j.id),
    ),
  ]);
  const scores: MatchBadges['scores'] = [];
  let message: string | null = null;
  for (const [jobId, job] of jobs) {
    const result = scoreMatch(prepared, prepareJob(job, engine.context), engine.context);
    if (result.scored) scores.push({ jobId, score: result.total });
    else message = result.message;
  }
  return { scored: message === null, message, scores };
}

/**
 * How many of `wanted` (distinct ids) are among a row's skill ids (kept distinct by the triggers): a sum of one
 * `= ANY` test per wanted id, evaluated inline. The pool query computes it for every GIN hit (thousands); as a
 * subquery over unnest() it ran an aggregate per hit, two thirds of the pool query's time on PGlite.
 */
function overlapWith(ids: RawBuilder<unknown>, wanted: readonly string[]) {
  if (wanted.length === 0) return sql<number>`0`;
  return sql<number>`(${sql.join(
    wanted.map((id) => sql`(${id}::uuid = ANY(${ids}))::int`),
    sql` + `,
  )})`;
}

/**
 * Open jobs that ask for any of `skillIds`, most of them first (then newest): the pool a candidate is ranked
 * against, as a statement the load of its jobs runs inside its own (one round trip, no list of ids sent back).
 */
function jobsBySkillOverlap(db: Kysely<DB>, skillIds: string[], filters: RecommendedJobsInput['filters'], titleWords: string[]) {
  const held = sql`${skillIds}::uuid[]`;
  return db
    .selectFrom('jobs')
    .select('jobs.id')
    .where(isListed)
    .where((eb) => {
      const conditions = [];
      if (skillIds.length > 0) conditions.push(sql<SqlBool>`jobs.skill_ids && ${held}`);
      // A profile without skills is ranked against the jobs whose text has one of its titles' words.
      if (titleWords.length > 0) conditions.push(sql<SqlBool>`jobs.search_vector @@ to_tsquery('english', ${titleWords.join(' | ')})`);
      return conditions.length > 0 ? eb.or(conditions) : sql<SqlBool>`FALSE`;
    })
    .$if(!!filters.remote?.length, (q) => q.where('jobs.remote', 'in', filters.remote ?? []))
    .$if(!!filters.employmentType?.length, (q) => q.where('jobs.employment_type', 'in', filters.employmentType ?? []))
    .$if(!!filters.experienceLevel?.length, (q) => q.where('jobs.experience_level', 'in', filters.experienceLevel ?? []))
    .$if(!!filters.location, (q) =>
      q.where((eb) => {
        const like = eb('jobs.location', 'ilike', `%${(filters.location ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        return filters.includeRemote ? eb.or([like, eb('jobs.remote', '=', 'remote')]) : like;
      }),
    )
    .orderBy(overlapWith(sql`jobs.skill_ids`, skillIds), 'desc')
    .orderBy('jobs.published_at', 'desc')
    .limit(MATCH_POOL);
}

/** Words of a profile's titles, as a tsquery's alternatives (letters only, so they cannot be query syntax). */
function titleQueryWords(candidate: MatchCandidate): string[] {
  const words = new Set<string>();
  for (const title of candidate.titles) for (const word of title.toLowerCase().match(/\p{L}{3,}/gu) ?? []) words.add(word);
  return [...words].slice(0, 12);
}

export interface RecommendedJob {
  job: JobSummary;
  match: MatchScored & { scoredAt: string };
}

export interface SkillGap {
  skillId: string;
  slug: string;
  name: string;
  /** Recommended jobs that ask for it and whose score it would raise. */
  jobs: number;
}

export interface Recommendations {
  scored: boolean;
  message: string | null;
  items: RecommendedJob[];
  pagination: ReturnType<typeof describePage>;
  /** Skills the best-matching jobs ask for that the profile lacks, the most asked first. */
  skillGaps: SkillGap[];
}

const GAP_COUNT = 5;
const ASKS_FOR_SKILLS: MatchJob = { title: '', skills: [{ skillId: '', name: '', requirement: 'required' }] };

/** match.recommended: open jobs ranked by the calling candidate's score, with what would raise it. */
export async function recommendedJobs({ db }: Pick<AppServices, 'db'>, candidateId: string, input: RecommendedJobsInput, now: Date): Promise<Recommendations> {
  const engine = await matchEngine(db);
  const { candidate, prepared } = await preparedCandidate(db, engine, candidateId);
  const empty = (message: string | null): Recommendations => ({ scored: message === null, message, items: [], pagination: describePage(input, 0), skillGaps: [] });
  // Most jobs ask for skills: a profile that could not be scored against one is told what to add.
  if (missingForMatch(candidate, ASKS_FOR_SKILLS).length > 0) return empty(NOT_ENOUGH_DATA_MESSAGE);

  const jobs = await loadMatchJobs(db, jobsBySkillOverlap(db, [...prepared.held.keys()], input.filters, candidate.skills.length === 0 ? titleQueryWords(candidate) : []));
  const ranked = rankJobsForCandidate(
    prepared,
    [...jobs].map(([id, job]) => ({ id, prepared: prepareJob(job, engine.context) })),
    engine.context,
    MATCH_POOL,
  );
  const pageItems = ranked.slice(pageOffset(input), pageOffset(input) + input.limit);
  const ids = pageItems.map((r) => r.item.id);
  const [rows, skills, gaps] = await Promise.all([
    ids.length ? db.selectFrom('jobs').innerJoin('companies', 'companies.id', 'jobs.company_id').select(summaryColumns).where('jobs.id', 'in', ids).execute() : [],
    skillsByJob(db, ids),
    skillGaps(db, ranked.slice(0, 50).map((r) => r.result)),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    scored: true,
    message: null,
    items: pageItems.flatMap((r) => {
      const row = byId.get(r.item.id);
      return row ? [{ job: toJobSummary(row, skills.get(row.id) ?? []), match: { ...r.result, scoredAt: now.toISOString() } }] : [];
    }),
    pagination: describePage(input, ranked.length),
    skillGaps: gaps,
  };
}

/** The skills most often missing from these results (required count double), with their slugs for links. */
async function skillGaps(db: Kysely<DB>, results: readonly MatchScored[]): Promise<SkillGap[]> {
  const counts = new Map<string, { name: string; jobs: number; weight: number }>();
  for (const result of results) {
    for (const [list, weight] of [
      [result.missingRequired, 2],
      [result.missingPreferred, 1],
    ] as const) {
      for (const skill of list) {
        const entry = counts.get(skill.skillId) ?? { name: skill.name, jobs: 0, weight: 0 };
        entry.jobs += 1;
        entry.weight += weight;
        counts.set(skill.skillId, entry);
      }
    }
  }
  const top = [...counts].sort((a, b) => b[1].weight - a[1].weight || a[1].name.localeCompare(b[1].name)).slice(0, GAP_COUNT);
  if (top.length === 0) return [];
  const slugs = new Map(
    (
      await db
        .selectFrom('skills')
        .select(['id', 'slug'])
        .where(
          'id',
          'in',
          top.map(([id]) => id),
        )
        .execute()
    ).map((s) => [s.id, s.slug]),
  );
  return top.flatMap(([skillId, entry]) => {
    const slug = slugs.get(skillId);
    return slug ? [{ skillId, slug, name: entry.name, jobs: entry.jobs }] : [];
  });
}

export interface InvitableCandidate {
  candidateId: string;
  name: string;
  headline: string | null;
  currentTitle: string | null;
  location: string | null;
  match: MatchScored & { scoredAt: string };
}

/**
 * The MATCH_POOL visible profiles holding most of `needs`, of active accounts that have not applied to the job.
 * The GIN hits (thousands for a common stack) are ranked by overlap first, and only the best few are joined to
 * their account and checked for an application: checking every hit first cost a scan of all users and a probe
 * per hit, about a third of the query on PGlite (docs/matching.md). Ranked hits that fail those checks
 * (an applicant, a deactivated account) leave the pool short, so it widens until full or out of hits: the pool
 * is the same as filtering first would give.
 */
async function invitePool(db: Kysely<DB>, jobId: string, needIds: readonly string[]) {
  const needs = sql`${needIds}::uuid[]`;
  for (let depth = MATCH_POOL * 2; ; depth *= 4) {
    const ranked = db
      .selectFrom('candidates as c')
      .select(['c.id', 'c.user_id', 'c.updated_at', 'c.first_name', 'c.last_name', 'c.headline', 'c.current_title', 'c.location'])
      .select(overlapWith(sql`c.skill_ids`, needIds).as('overlap'))
      .where('c.visibility', '<>', 'hidden')
      .where(sql<SqlBool>`c.skill_ids && ${needs}`)
      .orderBy('overlap', 'desc')
      .orderBy('c.updated_at', 'desc')
      .orderBy('c.id')
      .limit(depth);
    const rows = await db
      .selectFrom(ranked.as('r'))
      .select(['r.id', 'r.first_name', 'r.last_name', 'r.headline', 'r.current_title', 'r.location', 'r.overlap'])
      .select((eb) => eb.exists(eb.selectFrom('users as u').select('u.id').whereRef('u.id', '=', 'r.user_id').where('u.is_active', '=', true)).as('active'))
      .select((eb) => eb.exists(eb.selectFrom('applications as a').select('a.id').whereRef('a.candidate_id', '=', 'r.id').where('a.job_id', '=', jobId)).as('applied'))
      .orderBy('r.overlap', 'desc')
      .orderBy('r.updated_at', 'desc')
      .orderBy('r.id')
      .execute();
    const kept = rows.filter((r) => r.active && !r.applied);
    if (kept.length >= MATCH_POOL || rows.length < depth) return kept.slice(0, MATCH_POOL);
  }
}

/**
 * match.candidatesForJob: profiles a recruiter may see (visibility not hidden, account active) that have not
 * applied to this job, ranked by their score for it.
 */
export async function invitableCandidates({ db }: Pick<AppServices, 'db'>, jobId: string, limit: number, now: Date): Promise<InvitableCandidate[]> {
  const engine = await matchEngine(db);
  const job = (await loadMatchJobs(db, [jobId])).get(jobId);
  if (!job || job.skills.length === 0) return [];
  const pool = await invitePool(
    db,
    jobId,
    skillsLeadingTo(
      engine,
      job.skills.map((s) => s.skillId),
    ),
  );
  const candidates = await loadMatchCandidates(
    db,
    pool.map((p) => p.id),
    engine.context.graph,
  );
  const byId = new Map(pool.map((p) => [p.id, p]));
  const ranked = rankCandidatesForJob(
    prepareJob(job, engine.context),
    [...candidates].map(([id, candidate]) => ({ id, prepared: prepareCandidate(candidate, engine.context) })),
    engine.context,
    limit,
  );
  return ranked.flatMap(({ item, result }) => {
    const row = byId.get(item.id);
    return row
      ? [
          {
            candidateId: row.id,
            name: `${row.first_name} ${row.last_name}`.trim(),
            headline: row.headline,
            currentTitle: row.current_title,
            location: row.location,
            match: { ...result, scoredAt: now.toISOString() },
          },
        ]
      : [];
  });
}

export interface ApplicationPair {
  applicationId: string;
  candidateId: string;
  jobId: string;
}

/**
 * Scores applications and stores each score and report on its row: a few statements for any number. `db` may be
 * the caller's transaction; the engine is taken before it (on PGlite's one connection, asking the database
 * outside an open transaction would wait for it forever).
 */
export async function scoreApplications(db: Db, engine: MatchEngine, pairs: readonly ApplicationPair[], now: Date): Promise<void> {
  if (pairs.length === 0) return;
  const [candidates, jobs] = await Promise.all([
    loadMatchCandidates(
      db,
      pairs.map((p) => p.candidateId),
      engine.context.graph,
    ),
    loadMatchJobs(
      db,
      pairs.map((p) => p.jobId),
    ),
  ]);
  const preparedCandidates = new Map<string, PreparedCandidate>();
  const preparedJobs = new Map<string, ReturnType<typeof prepareJob>>();
  const values: { id: string; score: number | null; report: string }[] = [];
  for (const pair of pairs) {
    const candidate = candidates.get(pair.candidateId);
    const job = jobs.get(pair.jobId);
    if (!candidate || !job) continue;
    let c = preparedCandidates.get(pair.candidateId);
    if (!c) preparedCandidates.set(pair.candidateId, (c = prepareCandidate(candidate, engine.context)));
    let j = preparedJobs.get(pair.jobId);
    if (!j) preparedJobs.set(pair.jobId, (j = prepareJob(job, engine.context)));
    const result = scoreMatch(c, j, engine.context);
    values.push({ id: pair.applicationId, score: result.scored ? result.total : null, report: JSON.stringify(report(result, now)) });
  }
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values.slice(i, i + 500);
    const rows = sql.join(chunk.map((v) => sql`(${v.id}::uuid, ${v.score}::smallint, ${v.report}::jsonb)`));
    await sql`UPDATE applications SET match_score = v.score, match_report = v.report
      FROM (VALUES ${rows}) AS v(id, score, report) WHERE applications.id = v.id`.execute(db);
  }
}

/** The applications whose stored score a change of this candidate or job makes stale (withdrawn ones keep theirs). */
export async function applicationsToRescore(db: Db, of: { candidateId?: string | null; jobId?: string | null }): Promise<ApplicationPair[]> {
  let query = db.selectFrom('applications').select(['id as applicationId', 'candidate_id as candidateId', 'job_id as jobId']).where('status', '<>', 'withdrawn');
  if (of.candidateId) query = query.where('candidate_id', '=', of.candidateId);
  else if (of.jobId) query = query.where('job_id', '=', of.jobId);
  else return [];
  return query.execute();
}
