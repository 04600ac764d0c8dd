// The two sides of a match as the scorer takes them (packages/ai MatchCandidate, MatchJob), loaded for many at
// once: two statements for any number of candidates, two for any number of jobs, never one per row.
import { sql, type Kysely, type Transaction } from 'kysely';
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

export async function loadMatchJobs(db: Db, ids: readonly string[]): Promise<Map<string, MatchJob>> {
  const byId = new Map<string, MatchJob>();
  if (ids.length === 0) return byId;
  const unique = [...new Set(ids)];
  const [rows, skills] = await Promise.all([
    db
      .selectFrom('jobs')
      .select([
        'id',
        'title',
        sql<string>`regexp_replace(left(jobs.description, ${DESCRIPTION_CHARS}), '<[^>]+>', ' ', 'g')`.as('text'),
        'location',
        'remote',
        'experience_level',
        'salary_min',
        'salary_max',
        'salary_currency',
        'salary_period',
      ])
      .where('id', 'in', unique)
      .execute(),
    db
      .selectFrom('job_skills')
      .innerJoin('skills', 'skills.id', 'job_skills.skill_id')
      .select(['job_skills.job_id', 'job_skills.skill_id', 'skills.name', 'job_skills.requirement', 'job_skills.years_required', 'job_skills.weight'])
      .where('job_skills.job_id', 'in', unique)
      .orderBy('job_skills.job_id')
      .orderBy('skills.slug')
      .execute(),
  ]);
  const skillsOf = new Map<string, MatchJobSkill[]>();
  for (const s of skills) {
    const list = skillsOf.get(s.job_id) ?? [];
    if (list.length === 0) skillsOf.set(s.job_id, list);
    list.push({ skillId: s.skill_id, name: s.name, requirement: s.requirement, yearsRequired: s.years_required, weight: s.weight });
  }
  for (const row of rows) {
    byId.set(row.id, {
      title: row.title,
      skills: skillsOf.get(row.id) ?? [],
      experienceLevel: row.experience_level,
      location: row.location,
      remoteType: row.remote,
      salary: row.salary_min == null && row.salary_max == null ? null : { min: row.salary_min, max: row.salary_max, currency: row.salary_currency, period: row.salary_period },
      description: row.text,
    });
  }
  return byId;
}
