// The two sides of a match as the scorer takes them (packages/ai MatchCandidate, MatchJob), loaded for many at
// once: two statements for any number of candidates, one for any number of jobs, never one per row.
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { MatchCandidate, MatchJob, MatchJobSkill, SkillGraph } from '@hotgigs/ai';
import type { DB, ExperienceEntryRow } from '@hotgigs/shared';

type Db = Kysely<DB> | Transaction<DB>;

/** Characters of a job's description the text similarity reads: the opening says what the job is. */
const DESCRIPTION_CHARS = 6_000;

export async function loadMatchCandidates(db: Db, ids: readonly string[], graph: SkillGraph): Promise<Map<string, MatchCandidate>> {
  const byId = new Map<string, MatchCandidate>();
  if (ids.length === 0) return byId;
  const unique = [...new Set(ids)];
  const [rows, skills] = await Promise.all([
    db
      .selectFrom('candidates')
      .select([
        'id',
        'headline',
        'current_title',
        'years_experience',
        'summary',
        'experience',
        'location',
        'remote_preference',
        'salary_expectation_min',
        'salary_expectation_max',
        'salary_currency',
        'salary_period',
      ])
      .where('id', 'in', unique)
      .execute(),
    db.selectFrom('candidate_skills').select(['candidate_id', 'skill_id', 'years']).where('candidate_id', 'in', unique).execute(),
  ]);
  const skillsOf = new Map<string, MatchCandidate['skills'][number][]>();
  for (const s of skills) {
    const list = skillsOf.get(s.candidate_id) ?? [];
    if (list.length === 0) skillsOf.set(s.candidate_id, list);
    list.push({ skillId: s.skill_id, name: graph.names.get(s.skill_id) ?? 'a skill', years: s.years == null ? null : Number(s.years) });
  }
  for (const row of rows) {
    const experience = (row.experience ?? []) as ExperienceEntryRow[];
    const titles = [row.current_title ?? '', ...experience.map((e) => e.title)].filter((t) => t.trim());
    const text = [row.headline, row.summary, ...experience.flatMap((e) => [e.title, ...e.bullets])].filter(Boolean).join('\n');
    byId.set(row.id, {
      skills: skillsOf.get(row.id) ?? [],
      totalYears: row.years_experience,
      titles: [...new Set(titles)],
      location: row.location,
      remotePreference: row.remote_preference,
      desiredSalary:
        row.salary_expectation_min == null && row.salary_expectation_max == null
          ? null
          : { min: row.salary_expectation_min, max: row.salary_expectation_max, currency: row.salary_currency, period: row.salary_period },
      text,
    });
  }
  return byId;
}

/** Ids of jobs to load: a list, or a statement selecting them (a pool ranked in SQL, sent with the load). */
export type MatchJobIds = readonly string[] | SelectQueryBuilder<DB, 'jobs', { id: string }>;

/**
 * The jobs as the scorer takes them, each with its skills, in one statement: one row per job with its skills as a
 * JSON array (in slug order), not a row per skill. On embedded PGlite in its worker thread every row crosses
 * threads, and the pool's 1,500 skill rows cost more than the query itself (docs/matching.md, "Measured").
 * Rows come in id order: rankings break ties by input order, so equal scores rank the same way on every run and
 * after any update (physical order, which an earlier version kept, moves when a row is rewritten).
 */
export async function loadMatchJobs(db: Db, ids: MatchJobIds): Promise<Map<string, MatchJob>> {
  const byId = new Map<string, MatchJob>();
  if (Array.isArray(ids) && ids.length === 0) return byId;
  const list = Array.isArray(ids) ? [...new Set(ids as readonly string[])] : null;
  const pool = ids as SelectQueryBuilder<DB, 'jobs', { id: string }>;
  const rows = await db
    .with('wanted', () => (list ? db.selectFrom('jobs').select('jobs.id').where('jobs.id', 'in', list) : pool))
    .selectFrom('jobs')
    .innerJoin('wanted', 'wanted.id', 'jobs.id')
    // The skills of all the jobs in one grouped pass, sorted once by (job, slug), not a sort per job.
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('job_skills as js')
          .innerJoin('skills as s', 's.id', 'js.skill_id')
          .select([
            'js.job_id',
            sql<JobSkillTuple[]>`json_agg(json_build_array(js.skill_id, s.name, js.requirement, js.years_required, js.weight) ORDER BY s.slug)`.as('skills'),
          ])
          .where('js.job_id', 'in', eb.selectFrom('wanted').select('wanted.id'))
          .groupBy('js.job_id')
          .as('sk'),
      (join) => join.onRef('sk.job_id', '=', 'jobs.id'),
    )
    .select([
      'jobs.id',
      'jobs.title',
      sql<string>`regexp_replace(left(jobs.description, ${DESCRIPTION_CHARS}), '<[^>]+>', ' ', 'g')`.as('text'),
      'jobs.location',
      'jobs.remote',
      'jobs.experience_level',
      'jobs.salary_min',
      'jobs.salary_max',
      'jobs.salary_currency',
      'jobs.salary_period',
      'sk.skills',
    ])
    .orderBy('jobs.id')
    .execute();
  for (const row of rows) {
    byId.set(row.id, {
      title: row.title,
      skills: (row.skills ?? []).map(([skillId, name, requirement, yearsRequired, weight]) => ({ skillId, name, requirement, yearsRequired, weight })),
      experienceLevel: row.experience_level,
      location: row.location,
      remoteType: row.remote,
      salary: row.salary_min == null && row.salary_max == null ? null : { min: row.salary_min, max: row.salary_max, currency: row.salary_currency, period: row.salary_period },
      description: row.text,
    });
  }
  return byId;
}

/** A job's skill as the load's JSON carries it: skill id, name, requirement, years required, weight. */
type JobSkillTuple = [string, string, MatchJobSkill['requirement'], number | null, number];
