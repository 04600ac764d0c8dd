// Applications, the candidate's side (docs/applications.md): apply to an open job with one of their resumes and
// answers to its screening questions, follow each application's timeline, withdraw. The company's side is
// pipeline.ts; both write status changes through `recordMove`, so every change has its event and notification.
import { sql, type Kysely, type Transaction } from 'kysely';
import {
  CANDIDATE_STATUS_SENTENCES,
  describePage,
  isOpenApplication,
  OPEN_APPLICATION_STATUSES,
  pageOffset,
  pipelineMoveProblem,
  type ApplicationStatus,
  type applyInput,
  type DB,
  type myApplicationsInput,
  type ScreeningQuestion,
} from '@hotgigs/shared';
import type { z } from 'zod';
import { conflict, DomainError, fieldErrors, invalid, notFound, type FieldProblem } from '../../errors.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import { isListed } from '../jobs/service.ts';
import { matchEngine } from '../matching/engine.ts';
import { scoreApplications } from '../matching/service.ts';
import { notify, type NewNotification } from '../notifications/service.ts';

type Db = Kysely<DB> | Transaction<DB>;
type ApplyOutput = z.output<typeof applyInput>;
type MyApplicationsOutput = z.output<typeof myApplicationsInput>;

const NOT_OPEN = 'This job does not exist or is no longer open.';

/** The answers checked against the job's questions: required ones given, each of its question's type. */
export function checkAnswers(questions: ScreeningQuestion[], answers: ApplyOutput['answers']): { questionId: string; answer: string | boolean }[] {
  const problems: FieldProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const given = new Map<string, string | boolean>();
  for (const { questionId, answer } of answers) {
    if (!byId.has(questionId)) problems.push([`answers.${questionId}`, 'This job has no such question.']);
    else if (given.has(questionId)) problems.push([`answers.${questionId}`, 'This question is answered twice.']);
    else given.set(questionId, answer);
  }
  const kept: { questionId: string; answer: string | boolean }[] = [];
  for (const question of questions) {
    const answer = given.get(question.id);
    const field = `answers.${question.id}`;
    const empty = answer === undefined || answer === '';
    if (empty) {
      if (question.required) problems.push([field, 'Answer this question: it is required.']);
      continue;
    }
    if (question.kind === 'yes_no' && typeof answer !== 'boolean') problems.push([field, 'Answer yes or no.']);
    else if (question.kind === 'choice' && (typeof answer !== 'string' || !(question.choices ?? []).includes(answer))) {
      problems.push([field, `Pick one of: ${(question.choices ?? []).join(', ')}.`]);
    } else if (question.kind === 'text' && typeof answer !== 'string') problems.push([field, 'Answer in words.']);
    else kept.push({ questionId: question.id, answer });
  }
  if (problems.length) throw fieldErrors(problems);
  return kept;
}

export interface MoveRecord {
  applicationId: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actorId: string;
  note: string | null;
  reason?: string | null;
}

/**
 * Writes the events of status changes already applied to `applications`, and tells each candidate (a
 * notification row), in the caller's transaction.
 */
export async function recordMoves(trx: Transaction<DB>, moves: MoveRecord[], now: Date): Promise<void> {
  if (moves.length === 0) return;
  await trx
    .insertInto('application_events')
    .values(
      moves.map((m) => ({
        application_id: m.applicationId,
        from_status: m.from,
        to_status: m.to,
        actor_id: m.actorId,
        note: m.note,
        reason: m.reason ?? null,
        at: now,
      })),
    )
    .execute();
  const told = moves.filter((m) => m.to !== 'submitted' && m.to !== 'withdrawn');
  if (told.length === 0) return;
  const rows = await trx
    .selectFrom('applications')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .innerJoin('companies', 'companies.id', 'jobs.company_id')
    .select(['applications.id', 'candidates.user_id', 'jobs.title', 'companies.name as company'])
    .where(
      'applications.id',
      'in',
      told.map((m) => m.applicationId),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const notifications: NewNotification[] = [];
  for (const move of told) {
    const row = byId.get(move.applicationId);
    if (!row) continue;
    notifications.push({
      userId: row.user_id,
      type: 'application.status_changed',
      title: `${row.title} at ${row.company}: ${CANDIDATE_STATUS_SENTENCES[move.to]}`,
      body: move.note,
      actionUrl: `/applications/${move.applicationId}`,
      data: { applicationId: move.applicationId, status: move.to },
    });
  }
  await notify(trx, notifications);
}

/** application.submit: one application per candidate and job, checked and written in one transaction. */
export async function applyToJob(db: Kysely<DB>, who: { userId: string; candidateId: string }, input: ApplyOutput, now: Date, origin: RequestOrigin) {
  const engine = await matchEngine(db);
  const id = await db.transaction().execute(async (trx) => {
    const job = await trx
      .selectFrom('jobs')
      .select((eb) => ['id', 'title', 'status', 'company_id', 'screening_questions', isListed(eb).as('listed')])
      .where('id', '=', input.jobId)
      .executeTakeFirst();
    // Drafts do not exist outside their company; jobs that were public say why they no longer take applications.
    // Open means listed, by the same rule as search and the job page (isListed).
    if (!job || job.status === 'draft') throw notFound(NOT_OPEN);
    if (!job.listed) {
      throw new DomainError('invalid', 'This job no longer takes applications: it is paused, closed or past its deadline.', {
        fields: [['jobId', 'This job no longer takes applications.']],
      });
    }
    const resume = await trx
      .selectFrom('resumes')
      .select('id')
      .where('id', '=', input.resumeId)
      .where('candidate_id', '=', who.candidateId)
      .executeTakeFirst();
    if (!resume) throw notFound('There is no such resume: pick one of your resumes.');
    const answers = checkAnswers(job.screening_questions ?? [], input.answers);
    const inserted = await trx
      .insertInto('applications')
      .values({
        candidate_id: who.candidateId,
        job_id: job.id,
        resume_id: resume.id,
        cover_letter: input.coverLetter || null,
        answers: JSON.stringify(answers),
        submitted_at: now,
      })
      // A second click (or a second tab) waits for the first insert and then finds the pair taken.
      .onConflict((oc) => oc.columns(['candidate_id', 'job_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw conflict('You have already applied to this job.');
    await recordMoves(trx, [{ applicationId: inserted.id, from: null, to: 'submitted', actorId: who.userId, note: null }], now);
    // The match score at apply time, stored for the company's ranking (refreshed when the profile or job changes).
    await scoreApplications(trx, engine, [{ applicationId: inserted.id, candidateId: who.candidateId, jobId: job.id }], now);
    // The company's recruiters hear of it.
    await notifyCompany(trx, job.company_id, {
      type: 'application.received',
      title: `New applicant for ${job.title}`,
      actionUrl: `/recruiter/applications/${inserted.id}`,
      data: { applicationId: inserted.id, jobId: job.id },
    });
    await recordAudit(trx, { action: 'application.submitted', actorId: who.userId, targetType: 'application', targetId: inserted.id, ...origin });
    return inserted.id;
  });
  return myApplication(db, who.candidateId, id);
}

/** The candidate's own application (the ownership factory's look-up); anyone else's is NOT_FOUND. */
export async function applicationOfCandidate(db: Db, candidateId: string, id: string) {
  const row = await db
    .selectFrom('applications')
    .select(['id', 'job_id', 'status'])
    .where('id', '=', id)
    .where('candidate_id', '=', candidateId)
    .executeTakeFirst();
  if (!row) throw notFound('There is no such application.');
  return { id: row.id, jobId: row.job_id, status: row.status };
}

const jobColumns = [
  'jobs.id as job_id',
  'jobs.title as job_title',
  'jobs.location as job_location',
  'jobs.remote as job_remote',
  'jobs.status as job_status',
  'jobs.deadline as job_deadline',
  'companies.name as company_name',
  'companies.slug as company_slug',
] as const;

function jobOf(row: {
  job_id: string;
  job_title: string;
  job_location: string | null;
  job_remote: string;
  job_status: string;
  job_deadline: Date | null;
  company_name: string;
  company_slug: string;
}) {
  return {
    id: row.job_id,
    title: row.job_title,
    location: row.job_location,
    remote: row.job_remote,
    companyName: row.company_name,
    companySlug: row.company_slug,
    /** Still listed (published, before its deadline). */
    open: row.job_status === 'published' && (row.job_deadline === null || row.job_deadline.getTime() > Date.now()),
  };
}

/** application.mine: newest first. */
export async function myApplications(db: Db, candidateId: string, input: MyApplicationsOutput) {
  let own = db
    .selectFrom('applications')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .innerJoin('companies', 'companies.id', 'jobs.company_id')
    .where('applications.candidate_id', '=', candidateId);
  if (input.state === 'open') own = own.where('applications.status', 'in', OPEN_APPLICATION_STATUSES);
  if (input.state === 'closed') own = own.where('applications.status', 'not in', OPEN_APPLICATION_STATUSES);
  const [rows, total] = await Promise.all([
    own
      .select(jobColumns)
      .select(['applications.id', 'applications.status', 'applications.submitted_at', 'applications.updated_at'])
      .orderBy('applications.submitted_at', 'desc')
      .orderBy('applications.id', 'desc')
      .limit(input.limit)
      .offset(pageOffset(input))
      .execute(),
    own.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, status: r.status, submittedAt: r.submitted_at, updatedAt: r.updated_at, job: jobOf(r) })),
    pagination: describePage(input, total.count),
  };
}

/** application.appliedJobs: the "Applied" marks on job lists. */
export async function appliedJobs(db: Db, candidateId: string) {
  const rows = await db.selectFrom('applications').select(['job_id', 'id', 'status']).where('candidate_id', '=', candidateId).execute();
  return rows.map((r) => ({ jobId: r.job_id, applicationId: r.id, status: r.status }));
}

/** Answers with the questions they answer (as the job asks them now; a removed question keeps its answer). */
export function answersWithQuestions(questions: ScreeningQuestion[], answers: { questionId: string; answer: string | boolean }[]) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return answers.map((a) => {
    const q = byId.get(a.questionId);
    return { questionId: a.questionId, prompt: q?.prompt ?? '(a question the job no longer asks)', kind: q?.kind ?? 'text', answer: a.answer };
  });
}

/** application.get: what the candidate sees. Never the company's notes, ratings or rejection reasons. */
export async function myApplication(db: Db, candidateId: string, id: string) {
  const row = await db
    .selectFrom('applications')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .innerJoin('companies', 'companies.id', 'jobs.company_id')
    .leftJoin('resumes', 'resumes.id', 'applications.resume_id')
    .select(jobColumns)
    .select([
      'applications.id',
      'applications.status',
      'applications.submitted_at',
      'applications.updated_at',
      'applications.cover_letter',
      'applications.answers',
      'jobs.screening_questions',
      'resumes.id as resume_id',
      'resumes.original_filename as resume_filename',
    ])
    .where('applications.id', '=', id)
    .where('applications.candidate_id', '=', candidateId)
    .executeTakeFirst();
  if (!row) throw notFound('There is no such application.');
  const events = await db
    .selectFrom('application_events')
    .select(['to_status', 'note', 'at'])
    .where('application_id', '=', id)
    .orderBy('at')
    .orderBy('created_at')
    .execute();
  return {
    id: row.id,
    status: row.status,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    job: jobOf(row),
    coverLetter: row.cover_letter,
    answers: answersWithQuestions(row.screening_questions ?? [], row.answers ?? []),
    resume: row.resume_id ? { id: row.resume_id, filename: row.resume_filename ?? 'resume' } : null,
    timeline: events.map((e) => ({ status: e.to_status, at: e.at, sentence: CANDIDATE_STATUS_SENTENCES[e.to_status], message: e.note })),
    canWithdraw: isOpenApplication(row.status),
  };
}

/** The same notification to every recruiter of a company, in the caller's transaction. */
async function notifyCompany(trx: Transaction<DB>, companyId: string, notification: Omit<NewNotification, 'userId'>) {
  const recruiters = await trx.selectFrom('recruiters').select('user_id').where('company_id', '=', companyId).execute();
  await notify(trx, recruiters.map((r) => ({ ...notification, userId: r.user_id })));
}

/** application.withdraw: from an open stage, by the candidate. */
export async function withdrawApplication(
  db: Kysely<DB>,
  who: { userId: string; candidateId: string },
  input: { id: string; reason: string | null },
  now: Date,
  origin: RequestOrigin,
) {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('applications').select('status').where('id', '=', input.id).forUpdate().executeTakeFirstOrThrow();
    const problem = pipelineMoveProblem(current.status, 'withdrawn', 'candidate');
    if (problem) throw invalid(problem);
    await trx.updateTable('applications').set({ status: 'withdrawn', withdrawn_at: now }).where('id', '=', input.id).execute();
    await recordMoves(trx, [{ applicationId: input.id, from: current.status, to: 'withdrawn', actorId: who.userId, note: input.reason || null }], now);
    // The company's recruiters hear of it, with the candidate's reason; no name (the job may screen blind).
    const job = await trx
      .selectFrom('applications')
      .innerJoin('jobs', 'jobs.id', 'applications.job_id')
      .select(['jobs.id', 'jobs.title', 'jobs.company_id'])
      .where('applications.id', '=', input.id)
      .executeTakeFirstOrThrow();
    await notifyCompany(trx, job.company_id, {
      type: 'application.withdrawn',
      title: `An applicant withdrew from ${job.title}`,
      body: input.reason || null,
      actionUrl: `/recruiter/applications/${input.id}`,
      data: { applicationId: input.id, jobId: job.id },
    });
    await recordAudit(trx, { action: 'application.withdrawn', actorId: who.userId, targetType: 'application', targetId: input.id, ...origin });
  });
  return myApplication(db, who.candidateId, input.id);
}
