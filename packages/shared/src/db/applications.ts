// Applications and what happens to them in the hiring pipeline.
import type { ApplicationStatus } from '../enums.ts';
import type { Generated, GeneratedTimestamp, Json, JsonWithDefault, Stamps, Timestamp } from './columns.ts';

export interface ScreeningAnswer {
  questionId: string;
  answer: string | boolean;
}

export interface ApplicationsTable extends Stamps {
  id: Generated<string>;
  candidate_id: string;
  job_id: string;
  resume_id: string | null;
  cover_letter: string | null;
  answers: JsonWithDefault<ScreeningAnswer[]>;
  status: Generated<ApplicationStatus>;
  match_score: number | null;
  match_report: Json<Record<string, unknown>> | null;
  submitted_at: GeneratedTimestamp;
  withdrawn_at: Timestamp | null;
}

export interface ApplicationEventsTable extends Stamps {
  id: Generated<string>;
  application_id: string;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  actor_id: string | null;
  /** What the candidate reads with the move (a company's message, the candidate's withdrawal reason). */
  note: string | null;
  /** A rejection's reason (REJECTION_REASONS), for the company's records. */
  reason: string | null;
  at: GeneratedTimestamp;
}

export interface ApplicationNotesTable extends Stamps {
  id: Generated<string>;
  application_id: string;
  author_id: string | null;
  body: string;
  rating: number | null;
}

/** A candidate's or a job's stored match scores to recompute (migration 0009; a queue, platform/queue.ts). */
export interface MatchRefreshesTable extends Stamps {
  id: Generated<string>;
  candidate_id: string | null;
  job_id: string | null;
  status: Generated<'waiting' | 'running' | 'failed'>;
  attempts: Generated<number>;
  run_after: GeneratedTimestamp;
  locked_until: Timestamp | null;
  error: string | null;
}
