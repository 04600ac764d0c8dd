// Applications, the company's side (docs/applications.md): a job's applicants as a table and as a board, one
// applicant in full, moves through the pipeline (one or many), and private notes. The ownership factories
// (trpc/procedures.ts) have already bound the job or the application to the caller's company.
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import {
  APPLICATION_STATUSES,
  BOARD_COLUMN_SIZE,
  companyMovesFrom,
  describePage,
  hiddenApplicantName,
  isIdentityHidden,
  pageOffset,
  pipelineMoveProblem,
  type ApplicationStatus,
  type BlindRevealStage,
  type applicantsInput,
  type companyApplicantsInput,
  type DB,
  type RejectionReason,
} from '@hotgigs/shared';
import type { z } from 'zod';
import { forbidden, invalid, notFound } from '../../errors.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import type { JobEditor } from '../jobs/company-jobs.ts';
import type { MatchReport } from '../matching/service.ts';
import { loadProfile } from '../profiles/service.ts';
import { summaryOf } from '../resumes/service.ts';
import { answersWithQuestions, recordMoves } from './service.ts';

type Db = Kysely<DB> | Transaction<DB>;
type ApplicantsOutput = z.output<typeof applicantsInput>;

const NOT_FOUND_MESSAGE = 'There is no such application, or it is for another company.';

/** An application of a job the editor may reach (the ownership factory's look-up). */
export async function applicationOfCompany(db: Db, editor: JobEditor, id: string) {
  let query = db
    .selectFrom('applications')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .select(['applications.id', 'applications.job_id', 'applications.status', 'jobs.company_id'])
    .where('applications.id', '=', id);
  if (editor.kind === 'recruiter') query = query.where('jobs.company_id', '=', editor.companyId);
  const row = await query.executeTakeFirst();
  if (!row) throw notFound(NOT_FOUND_MESSAGE);
  return { id: row.id, jobId: row.job_id, status: row.status, companyId: row.company_id };
}

type ApplicantQuery = SelectQueryBuilder<DB, 'applications' | 'candidates' | 'jobs', object>;

/** The columns of an applicant row, with the notes' average rating and count (correlated, per page row). */
function applicantColumns(query: ApplicantQuery) {
  return query.select((eb) => [
    'applications.id',
    'applications.job_id',
    'applications.status',
    'applications.submitted_at',
    'applications.updated_at',
    'applications.match_score',
    'candidates.id as candidate_id',
    'candidates.first_name',
    'candidates.last_name',
    'candidates.headline',
    'candidates.location',
    'jobs.blind_until',
    eb
      .selectFrom('application_notes')
      .select(sql<string | null>`avg(rating)`.as('r'))
      .whereRef('application_notes.application_id', '=', 'applications.id')
      .as('rating'),
    eb
      .selectFrom('application_notes')
      .select(sql<number>`count(*)::int`.as('n'))
      .whereRef('application_notes.application_id', '=', 'applications.id')
      .as('note_count'),
  ]);
}

interface ApplicantRowData {
  id: string;
  status: ApplicationStatus;
  submitted_at: Date;
  updated_at: Date;
  match_score: number | null;
  candidate_id: string;
  first_name: string;
  last_name: string;
  headline: string | null;
  location: string | null;
  blind_until: BlindRevealStage | null;
  rating: string | null;
  note_count: number | null;
}

/** A row of a table or board; under blind screening without the name or the candidate's id (a profile look-up). */
function toApplicantRow(r: ApplicantRowData) {
  const hidden = isIdentityHidden(r.blind_until, r.status);
  return {
    id: r.id,
    status: r.status,
    submittedAt: r.submitted_at,
    updatedAt: r.updated_at,
    matchScore: r.match_score,
    identityHidden: hidden,
    candidate: hidden
      ? { id: null, name: hiddenApplicantName(r.id), headline: r.headline, location: r.location }
      : { id: r.candidate_id as string | null, name: `${r.first_name} ${r.last_name}`.trim(), headline: r.headline, location: r.location },
    rating: r.rating === null ? null : Math.round(Number(r.rating) * 10) / 10,
    noteCount: r.note_count ?? 0,
    moves: companyMovesFrom(r.status),
  };
}
export type ApplicantRow = ReturnType<typeof toApplicantRow>;

async function statusCounts(db: Db, jobId: string): Promise<Record<ApplicationStatus, number>> {
  const rows = await db
    .selectFrom('applications')
    .select(['status', sql<number>`count(*)::int`.as('count')])
    .where('job_id', '=', jobId)
    .groupBy('status')
    .execute();
  const counts = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}

const base = (db: Db, jobId: string) =>
  db
    .selectFrom('applications')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .where('applications.job_id', '=', jobId);

/** pipeline.applicants: one page of a job's applicants, and every status's count. */
export async function listApplicants(db: Db, input: ApplicantsOutput) {
  let query = applicantColumns(base(db, input.id));
  if (input.status) query = query.where('applications.status', '=', input.status);
  query = sortApplicants(query, input.sort);
  const [rows, counts] = await Promise.all([
    query.orderBy('applications.id').limit(input.limit).offset(pageOffset(input)).execute(),
    statusCounts(db, input.id),
  ]);
  const total = input.status ? counts[input.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  return { items: rows.map(toApplicantRow), pagination: describePage(input, total), counts };
}

/** The applicants order of a table: best match, newest, oldest, or pipeline order. */
function sortApplicants<Q extends ReturnType<typeof applicantColumns>>(query: Q, sort: ApplicantsOutput['sort']): Q {
  if (sort === 'match') return query.orderBy(sql`applications.match_score DESC NULLS LAST`).orderBy('applications.submitted_at', 'desc') as Q;
  if (sort === 'oldest') return query.orderBy('applications.submitted_at', 'asc') as Q;
  if (sort === 'status') {
    const order = sql.join(APPLICATION_STATUSES.map((s) => sql.lit(s)));
    return query.orderBy(sql`array_position(ARRAY[${order}]::text[], applications.status)`).orderBy('applications.submitted_at', 'desc') as Q;
  }
  return query.orderBy('applications.submitted_at', 'desc') as Q;
}

/** pipeline.companyApplicants: one page of the applicants to every job of a company, each with its job. */
export async function listCompanyApplicants(db: Db, companyId: string, input: z.output<typeof companyApplicantsInput>) {
  let query = db
    .selectFrom('applications')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .where('jobs.company_id', '=', companyId);
  if (input.status) query = query.where('applications.status', '=', input.status);
  const [rows, total] = await Promise.all([
    sortApplicants(applicantColumns(query), input.sort).orderBy('applications.id').limit(input.limit).offset(pageOffset(input)).execute(),
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  // The page's jobs in one query (a page names at most `limit` of them).
  const jobIds = [...new Set(rows.map((r) => r.job_id))];
  const titles = new Map(
    jobIds.length ? (await db.selectFrom('jobs').select(['id', 'title']).where('id', 'in', jobIds).execute()).map((j) => [j.id, j.title]) : [],
  );
  return {
    items: rows.map((r) => ({ ...toApplicantRow(r), job: { id: r.job_id, title: titles.get(r.job_id) ?? '' } })),
    pagination: describePage(input, total.n),
  };
}

/** pipeline.board: each status's first BOARD_COLUMN_SIZE applicants (best match first) in one query, and counts. */
export async function applicantBoard(db: Db, jobId: string) {
  const ranked = applicantColumns(base(db, jobId)).select(
    sql<number>`row_number() OVER (PARTITION BY applications.status ORDER BY applications.match_score DESC NULLS LAST, applications.submitted_at)`.as('rank'),
  );
  const [rows, counts] = await Promise.all([
    db.selectFrom(ranked.as('ranked')).selectAll().where('rank', '<=', BOARD_COLUMN_SIZE).orderBy('rank').execute(),
    statusCounts(db, jobId),
  ]);
  return {
    columns: APPLICATION_STATUSES.map((status) => ({
      status,
      count: counts[status],
      items: rows.filter((r) => r.status === status).map((r) => toApplicantRow(r as ApplicantRowData)),
    })),
  };
}

/** pipeline.applicant: everything the company knows about one application, notes included. */
export async function applicantDetail(db: Db, editor: JobEditor, id: string) {
  const row = await db
    .selectFrom('applications')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .innerJoin('users', 'users.id', 'candidates.user_id')
    .leftJoin('resumes', 'resumes.id', 'applications.resume_id')
    .select([
      'applications.id',
      'applications.status',
      'applications.submitted_at',
      'applications.cover_letter',
      'applications.answers',
      'applications.match_score',
      'applications.match_report',
      'applications.candidate_id',
      'jobs.id as job_id',
      'jobs.title as job_title',
      'jobs.company_id',
      'jobs.screening_questions',
      'jobs.blind_until',
      'users.email',
      'users.is_active',
      'candidates.phone',
      'resumes.id as resume_id',
      'resumes.sha256 as resume_sha256',
    ])
    .where('applications.id', '=', id)
    .executeTakeFirstOrThrow();
  const [profile, resume, events, notes, duplicates] = await Promise.all([
    loadProfile(db, row.candidate_id),
    row.resume_id ? db.selectFrom('resumes').selectAll().where('id', '=', row.resume_id).executeTakeFirst() : undefined,
    db
      .selectFrom('application_events')
      .leftJoin('users', 'users.id', 'application_events.actor_id')
      .leftJoin('recruiters', 'recruiters.user_id', 'users.id')
      .leftJoin('candidates', 'candidates.user_id', 'users.id')
      .select([
        'application_events.id',
        'application_events.from_status',
        'application_events.to_status',
        'application_events.note',
        'application_events.reason',
        'application_events.at',
        'users.role',
        sql<string | null>`coalesce(recruiters.first_name || ' ' || recruiters.last_name, candidates.first_name || ' ' || candidates.last_name)`.as('actor'),
      ])
      .where('application_events.application_id', '=', id)
      .orderBy('application_events.at')
      .orderBy('application_events.created_at')
      .execute(),
    db
      .selectFrom('application_notes')
      .leftJoin('recruiters', 'recruiters.id', 'application_notes.author_id')
      .select([
        'application_notes.id',
        'application_notes.body',
        'application_notes.rating',
        'application_notes.created_at',
        'application_notes.author_id',
        sql<string | null>`recruiters.first_name || ' ' || recruiters.last_name`.as('author'),
      ])
      .where('application_notes.application_id', '=', id)
      .orderBy('application_notes.created_at', 'desc')
      .execute(),
    duplicateHints(db, row.company_id, row.candidate_id, row.phone, row.resume_sha256),
  ]);
  // Blind screening: who applied stays out of the answer (not just the page) until the job's reveal stage.
  const hidden = isIdentityHidden(row.blind_until, row.status);
  const candidate = hidden
    ? {
        ...profile,
        candidateId: null,
        firstName: hiddenApplicantName(row.id),
        lastName: '',
        email: null,
        phone: null,
        links: [],
        education: profile.education.map((e) => ({ ...e, institution: 'A school (hidden)' })),
      }
    : { ...profile, candidateId: profile.candidateId as string | null, email: row.is_active ? row.email : null };
  return {
    id: row.id,
    status: row.status,
    submittedAt: row.submitted_at,
    job: { id: row.job_id, title: row.job_title },
    coverLetter: row.cover_letter,
    answers: answersWithQuestions(row.screening_questions ?? [], row.answers ?? []),
    matchScore: row.match_score,
    matchReport: row.match_report as MatchReport | null,
    // Applying shares the profile and contact details with this company, whatever the profile's visibility.
    candidate,
    /** Under blind screening, the stage at which the applicant's identity shows; null when it shows. */
    identityHiddenUntil: hidden ? row.blind_until : null,
    // The file carries the name and contact details: none while hidden (the file route refuses it too).
    resume: resume && !hidden ? summaryOf(resume) : null,
    history: events.map((e) => ({
      id: e.id,
      from: e.from_status,
      to: e.to_status,
      at: e.at,
      by: hidden && e.role === 'candidate' ? 'The candidate' : (e.actor ?? (e.role === 'admin' ? 'An administrator' : null)),
      note: e.note,
      reason: e.reason as RejectionReason | null,
    })),
    notes: notes.map((n) => ({
      id: n.id,
      body: n.body,
      rating: n.rating,
      at: n.created_at,
      author: n.author ?? 'A former recruiter',
      mine: editor.kind === 'recruiter' && n.author_id === editor.recruiterId,
    })),
    moves: companyMovesFrom(row.status),
    // Hints name people; under blind screening they say only that there is another application.
    duplicates: hidden ? duplicates.map((d) => ({ ...d, name: 'Another applicant' })) : duplicates,
  };
}

/**
 * Other people who applied to the same company with the same phone number or the very same resume file: often
 * one person with two accounts. Hints for the recruiter, never a decision.
 */
async function duplicateHints(db: Db, companyId: string, candidateId: string, phone: string | null, sha256: string | null | undefined) {
  if (!phone && !sha256) return [];
  const rows = await db
    .selectFrom('applications')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .select((eb) => [
      'applications.id',
      'jobs.title as job_title',
      'candidates.first_name',
      'candidates.last_name',
      phone ? eb('candidates.phone', '=', phone).as('same_phone') : sql<boolean>`false`.as('same_phone'),
    ])
    .where('jobs.company_id', '=', companyId)
    .where('applications.candidate_id', '<>', candidateId)
    .where((eb) => {
      const same = [];
      if (phone) same.push(eb('candidates.phone', '=', phone));
      if (sha256) {
        same.push(
          eb.exists(
            eb
              .selectFrom('resumes')
              .select('resumes.id')
              .whereRef('resumes.candidate_id', '=', 'applications.candidate_id')
              .where('resumes.sha256', '=', sha256),
          ),
        );
      }
      return eb.or(same);
    })
    .orderBy('applications.submitted_at', 'desc')
    .limit(10)
    .execute();
  return rows.map((r) => ({
    applicationId: r.id,
    jobTitle: r.job_title,
    name: `${r.first_name} ${r.last_name}`.trim(),
    why: r.same_phone ? ('same phone number' as const) : ('same resume file' as const),
  }));
}

export interface MoveRequest {
  to: ApplicationStatus;
  reason?: RejectionReason | undefined;
  message: string | null;
}

/**
 * Moves applications of one job, each checked against the pipeline under a row lock (a concurrent move of the
 * same application waits, then is checked against its result). Those the pipeline does not allow are skipped
 * with the reason; the others change in one statement, with their events and notifications.
 */
async function moveMany(db: Kysely<DB>, editor: JobEditor, jobId: string, ids: string[], move: MoveRequest, now: Date, origin: RequestOrigin) {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('applications')
      .select(['id', 'status'])
      .where('job_id', '=', jobId)
      .where('id', 'in', ids)
      .orderBy('id')
      .forUpdate()
      .execute();
    const found = new Map(rows.map((r) => [r.id, r.status]));
    const moved: { id: string; from: ApplicationStatus }[] = [];
    const skipped: { id: string; reason: string }[] = [];
    for (const id of new Set(ids)) {
      const from = found.get(id);
      const problem = from === undefined ? 'There is no such application for this job.' : pipelineMoveProblem(from, move.to, 'company');
      if (problem) skipped.push({ id, reason: problem });
      else moved.push({ id, from: from! });
    }
    if (moved.length) {
      await trx
        .updateTable('applications')
        .set({ status: move.to })
        .where(
          'id',
          'in',
          moved.map((m) => m.id),
        )
        .execute();
      await recordMoves(
        trx,
        moved.map((m) => ({ applicationId: m.id, from: m.from, to: move.to, actorId: editor.userId, note: move.message || null, reason: move.reason ?? null })),
        now,
      );
      await recordAudit(trx, {
        action: 'application.moved',
        actorId: editor.userId,
        targetType: 'job',
        targetId: jobId,
        details: { to: move.to, count: String(moved.length) },
        ...origin,
      });
    }
    return { moved: moved.map((m) => m.id), skipped };
  });
}

/** pipeline.move: one application; a move the pipeline forbids is a 400 naming the rule. */
export async function moveApplication(
  db: Kysely<DB>,
  editor: JobEditor,
  application: { id: string; jobId: string },
  move: MoveRequest,
  now: Date,
  origin: RequestOrigin,
) {
  const result = await moveMany(db, editor, application.jobId, [application.id], move, now, origin);
  const problem = result.skipped[0];
  if (problem) throw invalid(problem.reason);
  const [row] = await applicantColumns(base(db, application.jobId)).where('applications.id', '=', application.id).execute();
  return toApplicantRow(row as ApplicantRowData);
}

/** pipeline.bulkMove: up to MAX_BULK_APPLICATIONS of one job. */
export function bulkMoveApplications(db: Kysely<DB>, editor: JobEditor, jobId: string, ids: string[], move: MoveRequest, now: Date, origin: RequestOrigin) {
  return moveMany(db, editor, jobId, ids, move, now, origin);
}

function recruiterIdOf(editor: JobEditor): string {
  if (editor.kind !== 'recruiter') throw forbidden("Notes belong to the company's recruiters; administrators read them only.");
  return editor.recruiterId;
}

/** pipeline.addNote: private to the company. */
export async function addNote(db: Kysely<DB>, editor: JobEditor, applicationId: string, input: { body: string; rating: number | null }, origin: RequestOrigin) {
  const authorId = recruiterIdOf(editor);
  return db.transaction().execute(async (trx) => {
    const note = await trx
      .insertInto('application_notes')
      .values({ application_id: applicationId, author_id: authorId, body: input.body, rating: input.rating })
      .returning(['id', 'body', 'rating', 'created_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { action: 'application.note_added', actorId: editor.userId, targetType: 'application', targetId: applicationId, ...origin });
    return { id: note.id, body: note.body, rating: note.rating, at: note.created_at, mine: true };
  });
}

/** pipeline.deleteNote: only its author deletes a note; anyone else's is NOT_FOUND. */
export async function deleteNote(db: Kysely<DB>, editor: JobEditor, applicationId: string, noteId: string, origin: RequestOrigin) {
  const authorId = recruiterIdOf(editor);
  await db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom('application_notes')
      .where('id', '=', noteId)
      .where('application_id', '=', applicationId)
      .where('author_id', '=', authorId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw notFound('There is no such note of yours.');
    await recordAudit(trx, { action: 'application.note_deleted', actorId: editor.userId, targetType: 'application', targetId: applicationId, ...origin });
  });
  return { id: noteId, deleted: true as const };
}
