// Inputs of applications and of the hiring pipeline (docs/applications.md): what a candidate sends when applying
// and what a company does with applications. The server adds what needs the database: the job is open, the
// resume is the candidate's, the answers fit the job's questions, the move fits the pipeline (pipeline.ts).
import { z } from 'zod';
import { safeString } from './text.ts';
import { APPLICATION_STATUSES } from '../enums.ts';
import { pageInput } from '../pagination.ts';
import { REJECTION_REASON_KEYS } from '../pipeline.ts';
import { jobId } from './jobs.ts';

export const COVER_LETTER_MAX = 10_000;
export const ANSWER_MAX = 2_000;
export const NOTE_MAX = 5_000;
export const MOVE_MESSAGE_MAX = 2_000;
/** Applications moved or rejected by one bulk action. */
export const MAX_BULK_APPLICATIONS = 100;
/** Applications per stage the board loads at first; the table pages through the rest. */
export const BOARD_COLUMN_SIZE = 50;

const prose = (max: number, what: string) => safeString().trim().max(max, `Use at most ${max.toLocaleString('en')} characters for the ${what}.`);

export const applicationId = z.uuid({ error: 'Must be an application id (a UUID).' });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `Pick one of ${values.join(', ')}.` });

export const screeningAnswerInput = z.strictObject({
  questionId: z.string().min(1).max(32),
  /** yes_no questions take a boolean, choice questions one of the choices, text questions text. */
  answer: z.union([z.boolean(), prose(ANSWER_MAX, 'answer')]),
});
export type ScreeningAnswerInput = z.infer<typeof screeningAnswerInput>;

export const applyInput = z.strictObject({
  jobId,
  resumeId: z.uuid({ error: 'Pick one of your resumes.' }),
  coverLetter: prose(COVER_LETTER_MAX, 'cover letter').nullable().default(null),
  answers: z.array(screeningAnswerInput).max(20, 'At most 20 answers.').default([]),
});
export type ApplyInput = z.input<typeof applyInput>;

export const applicationIdInput = z.strictObject({ id: applicationId });

export const myApplicationsInput = pageInput.extend({
  /** Only open applications, or only closed (hired, rejected, withdrawn) ones; all when absent. */
  state: z.enum(['open', 'closed']).optional(),
});
export type MyApplicationsInput = z.input<typeof myApplicationsInput>;

export const withdrawInput = z.strictObject({ id: applicationId, reason: prose(500, 'reason').nullable().default(null) });

export const APPLICANT_SORTS = ['match', 'newest', 'oldest', 'status'] as const;
export type ApplicantSort = (typeof APPLICANT_SORTS)[number];

/** A job's applicants as a table: `id` is the job's. */
export const applicantsInput = pageInput.extend({
  id: jobId,
  status: oneOf(APPLICATION_STATUSES).optional(),
  sort: oneOf(APPLICANT_SORTS).default('match'),
});
export type ApplicantsInput = z.input<typeof applicantsInput>;

/** Every applicant to the caller's company's jobs, newest first (the recruiter's inbox; the REST list). */
export const companyApplicantsInput = pageInput.extend({
  status: oneOf(APPLICATION_STATUSES).optional(),
  sort: oneOf(APPLICANT_SORTS).default('newest'),
});
export type CompanyApplicantsInput = z.input<typeof companyApplicantsInput>;

/** A job's applicants as a board: the first BOARD_COLUMN_SIZE of each stage, and every stage's count. */
export const boardInput = z.strictObject({ id: jobId });

const rejection = {
  /** Required when moving to rejected. */
  reason: oneOf(REJECTION_REASON_KEYS).optional(),
  /** Shown to the candidate with the move (optional). */
  message: prose(MOVE_MESSAGE_MAX, 'message').nullable().default(null),
};

export const moveInput = z
  .strictObject({ id: applicationId, to: oneOf(APPLICATION_STATUSES), ...rejection })
  .refine((move) => move.to !== 'rejected' || move.reason !== undefined, { path: ['reason'], message: 'Pick a reason for the rejection.' });
export type MoveInput = z.input<typeof moveInput>;

export const bulkMoveInput = z
  .strictObject({
    /** The job whose applications these are; every id must be one of its applications. */
    jobId,
    ids: z.array(applicationId).min(1, 'Pick at least one application.').max(MAX_BULK_APPLICATIONS, `At most ${MAX_BULK_APPLICATIONS} at once.`),
    to: oneOf(APPLICATION_STATUSES),
    ...rejection,
  })
  .refine((move) => move.to !== 'rejected' || move.reason !== undefined, { path: ['reason'], message: 'Pick a reason for the rejection.' });
export type BulkMoveInput = z.input<typeof bulkMoveInput>;

export const addNoteInput = z.strictObject({
  id: applicationId,
  body: prose(NOTE_MAX, 'note').min(1, 'Write the note.'),
  rating: z.number().int('Rate 1 to 5.').min(1, 'Rate 1 to 5.').max(5, 'Rate 1 to 5.').nullable().default(null),
});
export type AddNoteInput = z.input<typeof addNoteInput>;

/** A note of an application: `id` is the application's, bound to the caller's company; `noteId` the note's. */
export const deleteNoteInput = z.strictObject({ id: applicationId, noteId: z.uuid({ error: 'Must be a note id (a UUID).' }) });

export const notificationIdInput = z.strictObject({ id: z.uuid({ error: 'Must be a notification id (a UUID).' }) });

export const notificationListInput = pageInput.extend({ unreadOnly: z.boolean().default(false) });
