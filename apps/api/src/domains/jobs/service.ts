// Reading published jobs for the public: what is listed, in what order, and the shape people see.
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import {
  describePage,
  pageOffset,
  type CompaniesTable,
  type DB,
  type JobListInput,
  type JobsTable,
  type SkillRequirement,
} from '@hotgigs/shared';
import { notFound } from '../../errors.ts';
import { companyLogoUrl } from '../companies/recruiters.ts';
import { sanitizeJobDescription } from './description.ts';

/**
 * A job is open to the public while it is published and its deadline has not passed, even before the
 * scheduled expiry job has marked it expired.
 */
export function isListed(eb: ExpressionBuilder<DB, 'jobs'>) {
  return eb.and([
    eb('jobs.status', '=', 'published'),
    eb.or([eb('jobs.deadline', 'is', null), eb('jobs.deadline', '>', sql<Date>`now()`)]),
  ]);
}

export const summaryColumns = [
  'jobs.id',
  'jobs.title',
  'jobs.location',
  'jobs.remote',
  'jobs.employment_type',
  'jobs.experience_level',
  'jobs.salary_min',
  'jobs.salary_max',
  'jobs.salary_currency',
  'jobs.salary_period',
  'jobs.published_at',
  'jobs.deadline',
  'companies.id as company_id',
  'companies.name as company_name',
  'companies.slug as company_slug',
  'companies.location as company_location',
] as const;

type SummaryRow = Pick<
  Selectable<JobsTable>,
  | 'id'
  | 'title'
  | 'location'
  | 'remote'
  | 'employment_type'
  | 'experience_level'
  | 'salary_min'
  | 'salary_max'
  | 'salary_currency'
  | 'salary_period'
  | 'published_at'
  | 'deadline'
> & {
  company_id: string;
  company_name: string;
  company_slug: string;
  company_location: Selectable<CompaniesTable>['location'];
};

export interface JobSkill {
  slug: string;
  name: string;
  requirement: SkillRequirement;
  yearsRequired: number | null;
}

export function toJobSummary(row: SummaryRow, skills: JobSkill[]) {
  return {
    id: row.id,
    title: row.title,
    location: row.location,
    remote: row.remote,
    employmentType: row.employment_type,
    experienceLevel: row.experience_level,
    salary:
      row.salary_min === null && row.salary_max === null
        ? null
        : { min: row.salary_min, max: row.salary_max, currency: row.salary_currency, period: row.salary_period },
    publishedAt: row.published_at,
    deadline: row.deadline,
    company: { id: row.company_id, name: row.company_name, slug: row.company_slug, location: row.company_location },
    skills,
  };
}
export type JobSummary = ReturnType<typeof toJobSummary>;

/** Skills of many jobs in one query, required first: lists must not query once per job. */
export async function skillsByJob(db: Kysely<DB>, jobIds: string[]): Promise<Map<string, JobSkill[]>> {
  const byJob = new Map<string, JobSkill[]>();
  if (jobIds.length === 0) return byJob;
  const rows = await db
    .selectFrom('job_skills')
    .innerJoin('skills', 'skills.id', 'job_skills.skill_id')
    .select(['job_skills.job_id', 'skills.slug', 'skills.name', 'job_skills.requirement', 'job_skills.years_required'])
    .where('job_skills.job_id', 'in', jobIds)
    .orderBy(sql`CASE job_skills.requirement WHEN 'required' THEN 0 WHEN 'preferred' THEN 1 ELSE 2 END`)
    .orderBy('job_skills.weight', 'desc')
    .orderBy('skills.name')
    .execute();
  for (const row of rows) {
    const list = byJob.get(row.job_id) ?? [];
    list.push({ slug: row.slug, name: row.name, requirement: row.requirement, yearsRequired: row.years_required });
    byJob.set(row.job_id, list);
  }
  return byJob;
}

/** Published jobs, newest first, one page of them with the total. */
export async function listPublishedJobs(db: Kysely<DB>, input: JobListInput) {
  const base = db.selectFrom('jobs').where(isListed);
  const [rows, total] = await Promise.all([
    base
      .innerJoin('companies', 'companies.id', 'jobs.company_id')
      .select(summaryColumns)
      .orderBy('jobs.published_at', 'desc')
      .orderBy('jobs.id', 'desc')
      .limit(input.limit)
      .offset(pageOffset(input))
      .execute(),
    base.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow(),
  ]);
  const skills = await skillsByJob(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) => toJobSummary(row, skills.get(row.id) ?? [])),
    pagination: describePage(input, total.count),
  };
}

/** One published job with everything its page shows, or undefined when it is not open to the public. */
export async function getPublishedJob(db: Kysely<DB>, id: string) {
  const row = await db
    .selectFrom('jobs')
    .innerJoin('companies', 'companies.id', 'jobs.company_id')
    .select(summaryColumns)
    .select([
      'jobs.description',
      'jobs.requirements',
      'jobs.view_count',
      'jobs.application_count',
      'jobs.screening_questions',
      'companies.website as company_website',
      'companies.description as company_description',
      'companies.size as company_size',
      'companies.logo_storage_key as company_logo_storage_key',
    ])
    .where('jobs.id', '=', id)
    .where(isListed)
    .executeTakeFirst();
  if (!row) return undefined;
  const skills = await skillsByJob(db, [row.id]);
  const summary = toJobSummary(row, skills.get(row.id) ?? []);
  return {
    ...summary,
    /** As stored; kept while the web app moves to `descriptionHtml`. */
    description: row.description,
    /** The description as safe HTML (sanitised again on the way out; plain text becomes paragraphs). */
    descriptionHtml: sanitizeJobDescription(row.description),
    requirements: row.requirements,
    viewCount: row.view_count,
    applicationCount: row.application_count,
    /** Asked when candidates apply (application.submit checks the answers against them). */
    screeningQuestions: row.screening_questions ?? [],
    company: {
      ...summary.company,
      website: row.company_website,
      description: row.company_description,
      size: row.company_size,
      logoUrl: companyLogoUrl({ slug: row.company_slug, logo_storage_key: row.company_logo_storage_key }),
    },
  };
}
export type JobDetail = NonNullable<Awaited<ReturnType<typeof getPublishedJob>>>;

/** One published job for its public page, or NOT_FOUND when it is not open to the public. */
export async function getOpenJob(db: Kysely<DB>, id: string): Promise<JobDetail> {
  const job = await getPublishedJob(db, id);
  if (!job) throw notFound('This job does not exist or is no longer open.');
  return job;
}

/** Listed jobs, newest first, a chunk at a time (keyset pages, so a big sitemap never sits in memory). */
export async function listedJobsAfter(db: Kysely<DB>, after: { publishedAt: Date; id: string } | undefined, limit: number) {
  let query = db
    .selectFrom('jobs')
    .select(['id', 'published_at', 'updated_at'])
    .where(isListed)
    .where('published_at', 'is not', null);
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('published_at', '<', after.publishedAt), eb.and([eb('published_at', '=', after.publishedAt), eb('id', '<', after.id)])]),
    );
  }
  return query.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
