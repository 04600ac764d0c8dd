// The recruiter's side of jobs: a company's recruiters write postings and move them through the lifecycle
// (draft -> published <-> paused -> closed; expired past the deadline). Admins may act on any company's job
// (moderation: correct, pause or close a posting) but own none, so they neither list "mine" nor create.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import {
  allowedJobActions,
  isJobEditable,
  JOB_STATUSES,
  nextJobStatus,
  type DB,
  type JobAction,
  type JobCreateInput,
  type JobEditorListInput,
  type JobsTable,
  type JobSkillInput,
  type JobStatus,
  type JobUpdateInput,
  type ScreeningQuestion,
  type ScreeningQuestionInput,
  type SkillRequirement,
  describePage,
  pageOffset,
} from '@hotgigs/shared';
import { fieldErrors, forbidden, invalid, notFound } from '../../errors.ts';
import { recordAudit, type AuditAction, type RequestOrigin } from '../../platform/audit.ts';
import { recruiterOfUser } from '../companies/recruiters.ts';
import { usableSkillIds } from '../skills/service.ts';
import { descriptionText, sanitizeJobDescription } from './description.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Who is editing: a recruiter acts for their company; an admin may reach every company's jobs. */
export type JobEditor =
  | { kind: 'recruiter'; userId: string; recruiterId: string; companyId: string }
  | { kind: 'admin'; userId: string };

/** How much each kind of skill requirement counts in matching (the demo seeder uses the same weights). */
export const REQUIREMENT_WEIGHT: Record<SkillRequirement, number> = { required: 1, preferred: 0.6, nice_to_have: 0.3 };

const NOT_FOUND_MESSAGE = 'This job does not exist or belongs to another company.';

export async function jobEditorOf(db: Db, user: { id: string; role: 'recruiter' | 'admin' }): Promise<JobEditor> {
  if (user.role === 'admin') return { kind: 'admin', userId: user.id };
  const recruiter = await recruiterOfUser(db, user.id);
  if (!recruiter) throw forbidden('Your account does not belong to a company.');
  return { kind: 'recruiter', userId: user.id, recruiterId: recruiter.id, companyId: recruiter.company_id };
}

/** A job the editor may reach: one of their company's, or any for an admin. Others answer NOT_FOUND, like missing ones. */
export async function ownedJob(db: Db, editor: JobEditor, id: string): Promise<{ id: string; companyId: string }> {
  let query = db.selectFrom('jobs').select(['id', 'company_id']).where('id', '=', id);
  if (editor.kind === 'recruiter') query = query.where('company_id', '=', editor.companyId);
  const job = await query.executeTakeFirst();
  if (!job) throw notFound(NOT_FOUND_MESSAGE);
  return { id: job.id, companyId: job.company_id };
}

/**
 * The status that counts: a published or paused job past its deadline is expired even before the scheduled
 * sweep (expiry.ts) has written it.
 */
export function effectiveJobStatus(status: JobStatus, deadline: Date | null, now: Date): JobStatus {
  return (status === 'published' || status === 'paused') && deadline !== null && deadline.getTime() <= now.getTime() ? 'expired' : status;
}

const effectiveStatusSql = (now: Date) =>
  sql<JobStatus>`CASE WHEN jobs.status IN ('published', 'paused') AND jobs.deadline <= ${now} THEN 'expired' ELSE jobs.status END`;

// ---- reading -------------------------------------------------------------------------------------------------

/** A company's jobs for its recruiters' dashboard, with counts per status. */
export async function listCompanyJobs(db: Db, companyId: string, input: JobEditorListInput, now: Date) {
  const status = effectiveStatusSql(now);
  const own = db.selectFrom('jobs').where('jobs.company_id', '=', companyId);
  const filtered = input.status ? own.where(status, '=', input.status) : own;
  const [rows, byStatus] = await Promise.all([
    filtered
      .select([
        'jobs.id',
        'jobs.title',
        'jobs.location',
        'jobs.remote',
        'jobs.employment_type',
        'jobs.experience_level',
        'jobs.published_at',
        'jobs.deadline',
        'jobs.closed_at',
        'jobs.created_at',
        'jobs.updated_at',
        'jobs.view_count',
        'jobs.application_count',
        status.as('status'),
      ])
      .orderBy('jobs.updated_at', 'desc')
      .orderBy('jobs.id', 'desc')
      .limit(input.limit)
      .offset(pageOffset(input))
      .execute(),
    own.select([status.as('status'), sql<number>`count(*)::int`.as('count')]).groupBy(sql`1`).execute(),
  ]);
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
  for (const row of byStatus) counts[row.status] = row.count;
  const total = input.status ? counts[input.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      allowedActions: allowedJobActions(row.status),
      location: row.location,
      remote: row.remote,
      employmentType: row.employment_type,
      experienceLevel: row.experience_level,
      publishedAt: row.published_at,
      deadline: row.deadline,
      closedAt: row.closed_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      viewCount: row.view_count,
      applicationCount: row.application_count,
    })),
    counts,
    pagination: describePage(input, total),
  };
}

/** One job as its editors see it (ownership checked by the caller's procedure). */
export async function getEditableJob(db: Db, id: string, now: Date) {
  const row = await db
    .selectFrom('jobs')
    .innerJoin('companies', 'companies.id', 'jobs.company_id')
    .leftJoin('recruiters', 'recruiters.id', 'jobs.created_by')
    .selectAll('jobs')
    .select([
      'companies.name as company_name',
      'companies.slug as company_slug',
      sql<string | null>`recruiters.first_name || ' ' || recruiters.last_name`.as('created_by_name'),
    ])
    .where('jobs.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(NOT_FOUND_MESSAGE);
  const skills = await db
    .selectFrom('job_skills')
    .innerJoin('skills', 'skills.id', 'job_skills.skill_id')
    .select(['skills.slug', 'skills.name', 'skills.category', 'job_skills.requirement', 'job_skills.years_required'])
    .where('job_skills.job_id', '=', id)
    .orderBy(sql`CASE job_skills.requirement WHEN 'required' THEN 0 WHEN 'preferred' THEN 1 ELSE 2 END`)
    .orderBy('skills.name')
    .execute();
  const status = effectiveJobStatus(row.status, row.deadline, now);
  return {
    id: row.id,
    company: { id: row.company_id, name: row.company_name, slug: row.company_slug },
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name } : null,
    title: row.title,
    /** Sanitised HTML. */
    description: sanitizeJobDescription(row.description),
    requirements: row.requirements,
    location: row.location,
    remote: row.remote,
    employmentType: row.employment_type,
    experienceLevel: row.experience_level,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    salaryPeriod: row.salary_period,
    deadline: row.deadline,
    status,
    allowedActions: allowedJobActions(status),
    editable: isJobEditable(status),
    publishedAt: row.published_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    viewCount: row.view_count,
    applicationCount: row.application_count,
    skills: skills.map((s) => ({ slug: s.slug, name: s.name, category: s.category, requirement: s.requirement, yearsRequired: s.years_required })),
    screeningQuestions: row.screening_questions,
    blindUntil: row.blind_until,
  };
}
export type EditableJob = Awaited<ReturnType<typeof getEditableJob>>;

// ---- writing -------------------------------------------------------------------------------------------------

type JobRow = Selectable<JobsTable>;

/** The job, locked for the rest of the transaction (ownership checked by the caller's procedure). */
async function lockJob(trx: Transaction<DB>, id: string): Promise<JobRow> {
  const job = await trx.selectFrom('jobs').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!job) throw notFound(NOT_FOUND_MESSAGE);
  return job;
}

/** Replaces the job's skills with these (one transaction: delete, then insert; the search trigger follows). */
async function replaceSkills(trx: Transaction<DB>, userId: string, jobId: string, skills: JobSkillInput[]): Promise<void> {
  const current = await trx.selectFrom('job_skills').select('skill_id').where('job_id', '=', jobId).execute();
  const idBySlug = await usableSkillIds(
    trx,
    userId,
    skills.map((s) => s.slug),
    { keepIds: current.map((c) => c.skill_id) },
  );
  await trx.deleteFrom('job_skills').where('job_id', '=', jobId).execute();
  if (skills.length === 0) return;
  await trx
    .insertInto('job_skills')
    .values(
      skills.map((s) => ({
        job_id: jobId,
        skill_id: idBySlug.get(s.slug)!,
        requirement: s.requirement,
        years_required: s.yearsRequired ?? null,
        weight: REQUIREMENT_WEIGHT[s.requirement],
      })),
    )
    .execute();
}

function storedQuestions(questions: ScreeningQuestionInput[]): string {
  const stored: ScreeningQuestion[] = questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    required: q.required,
    ...(q.kind === 'choice' && { choices: q.choices ?? [] }),
  }));
  return JSON.stringify(stored);
}

type JobContent = Omit<JobCreateInput, 'skills' | 'screeningQuestions'>;

/** The columns for the content fields given (only those). */
function contentColumns(input: JobContent) {
  return {
    ...(input.title !== undefined && { title: input.title }),
    ...(input.description !== undefined && { description: sanitizeJobDescription(input.description) }),
    ...(input.requirements !== undefined && { requirements: input.requirements }),
    ...(input.location !== undefined && { location: input.location || null }),
    ...(input.remote !== undefined && { remote: input.remote }),
    ...(input.employmentType !== undefined && { employment_type: input.employmentType }),
    ...(input.experienceLevel !== undefined && { experience_level: input.experienceLevel }),
    ...(input.salaryMin !== undefined && { salary_min: input.salaryMin }),
    ...(input.salaryMax !== undefined && { salary_max: input.salaryMax }),
    ...(input.salaryCurrency !== undefined && { salary_currency: input.salaryCurrency }),
    ...(input.salaryPeriod !== undefined && { salary_period: input.salaryPeriod }),
    ...(input.deadline !== undefined && { deadline: input.deadline }),
    ...(input.blindUntil !== undefined && { blind_until: input.blindUntil }),
  };
}

/** What stops a job from being public: each problem named by its field. */
function publicationProblems(job: { title: string; description: string; deadline: Date | null }, now: Date): [string, string][] {
  const problems: [string, string][] = [];
  if (job.title.trim() === '') problems.push(['title', 'Give the job a title before publishing it.']);
  if (descriptionText(job.description) === '') problems.push(['description', 'Describe the job before publishing it.']);
  if (job.deadline && job.deadline.getTime() <= now.getTime()) {
    problems.push(['deadline', 'The deadline has passed: move it to a future date, or remove it.']);
  }
  return problems;
}

/** A new draft of the recruiter's company. */
export async function createJob(
  db: Kysely<DB>,
  recruiter: { userId: string; recruiterId: string; companyId: string },
  input: JobCreateInput,
  now: Date,
  origin: RequestOrigin,
) {
  const id = await db.transaction().execute(async (trx) => {
    const job = await trx
      .insertInto('jobs')
      .values({ company_id: recruiter.companyId, created_by: recruiter.recruiterId, title: '', status: 'draft', ...contentColumns(input) })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.skills) await replaceSkills(trx, recruiter.userId, job.id, input.skills);
    if (input.screeningQuestions) {
      await trx.updateTable('jobs').set({ screening_questions: storedQuestions(input.screeningQuestions) }).where('id', '=', job.id).execute();
    }
    await recordAudit(trx, { action: 'job.created', actorId: recruiter.userId, targetType: 'job', targetId: job.id, ...origin });
    return job.id;
  });
  return getEditableJob(db, id, now);
}

export async function updateJob(db: Kysely<DB>, actorId: string, input: JobUpdateInput, now: Date, origin: RequestOrigin) {
  const { id, skills, screeningQuestions, ...content } = input;
  await db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, id);
    const status = effectiveJobStatus(job.status, job.deadline, now);
    if (!isJobEditable(status)) {
      throw invalid(`This job is ${status}: its content can no longer be changed.`);
    }
    const columns = contentColumns(content);
    const merged = { ...job, ...columns };
    const problems: [string, string][] = [];
    if (merged.salary_min !== null && merged.salary_max !== null && merged.salary_min > merged.salary_max) {
      problems.push(['salaryMin', 'The minimum salary is above the maximum.']);
    }
    // A live job stays publishable: an edit may not leave it untitled, empty or past its deadline.
    if (status !== 'draft') {
      problems.push(...publicationProblems(merged, now).filter(([field]) => field in content));
    }
    if (problems.length > 0) throw fieldErrors(problems);
    const changes = {
      ...columns,
      ...(screeningQuestions !== undefined && { screening_questions: storedQuestions(screeningQuestions) }),
    };
    if (Object.keys(changes).length > 0) await trx.updateTable('jobs').set(changes).where('id', '=', id).execute();
    if (skills !== undefined) await replaceSkills(trx, actorId, id, skills);
    await recordAudit(trx, {
      action: 'job.updated',
      actorId,
      targetType: 'job',
      targetId: id,
      details: { fields: Object.keys(input).filter((key) => key !== 'id').join(',') },
      ...origin,
    });
  });
  return getEditableJob(db, id, now);
}

const TRANSITION_AUDIT: Record<JobAction, AuditAction> = {
  publish: 'job.published',
  pause: 'job.paused',
  resume: 'job.resumed',
  close: 'job.closed',
};
const PAST_TENSE: Record<JobAction, string> = { publish: 'published', pause: 'paused', resume: 'resumed', close: 'closed' };

export async function transitionJob(
  db: Kysely<DB>,
  actorId: string,
  input: { id: string; action: JobAction },
  now: Date,
  origin: RequestOrigin,
) {
  await db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, input.id);
    const status = effectiveJobStatus(job.status, job.deadline, now);
    const next = nextJobStatus(status, input.action);
    if (!next) {
      const allowed = allowedJobActions(status);
      throw invalid(
        `A ${status} job cannot be ${PAST_TENSE[input.action]}. ${allowed.length ? `Possible now: ${allowed.join(', ')}.` : 'Nothing more can be done with it.'}`,
      );
    }
    if (next === 'published') {
      const problems = publicationProblems(job, now);
      if (problems.length > 0) throw fieldErrors(problems);
    }
    await trx
      .updateTable('jobs')
      .set({
        status: next,
        // The first publication dates the job; resuming after a pause keeps that date.
        ...(input.action === 'publish' && { published_at: now }),
        ...(next === 'closed' && { closed_at: now }),
      })
      .where('id', '=', job.id)
      .execute();
    await recordAudit(trx, {
      action: TRANSITION_AUDIT[input.action],
      actorId,
      targetType: 'job',
      targetId: job.id,
      details: { from: status, to: next },
      ...origin,
    });
  });
  return getEditableJob(db, input.id, now);
}

/** Only drafts are deleted; a job people have seen is closed instead, so its history stays. */
export async function deleteJob(db: Kysely<DB>, actorId: string, id: string, now: Date, origin: RequestOrigin) {
  await db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, id);
    const status = effectiveJobStatus(job.status, job.deadline, now);
    if (status !== 'draft') {
      throw invalid(`Only drafts can be deleted; this job is ${status}. Close it instead.`);
    }
    await trx.deleteFrom('jobs').where('id', '=', id).execute();
    await recordAudit(trx, {
      action: 'job.deleted',
      actorId,
      targetType: 'job',
      targetId: id,
      details: { title: job.title.slice(0, 200), companyId: job.company_id },
      ...origin,
    });
  });
  return { id, status: 'deleted' as const };
}
