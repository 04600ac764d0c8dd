// The application pipeline of docs/domain.md as data: which status may follow which, and who may make each
// move. The server enforces it (domains/applications); the web app uses it to offer only possible moves.
import type { ApplicationStatus } from './enums.ts';

/** The stages an application moves through, in order, before one of the final states. */
export const PIPELINE_STAGES = ['submitted', 'screening', 'interview', 'offer', 'hired'] as const satisfies readonly ApplicationStatus[];
export const OPEN_APPLICATION_STATUSES = ['submitted', 'screening', 'interview', 'offer'] as const satisfies readonly ApplicationStatus[];
export const FINAL_APPLICATION_STATUSES = ['hired', 'rejected', 'withdrawn'] as const satisfies readonly ApplicationStatus[];
export type OpenApplicationStatus = (typeof OPEN_APPLICATION_STATUSES)[number];

/** Blind screening: the stages a job may reveal applicants' identity at (docs/applications.md). */
export const BLIND_REVEAL_STAGES = ['screening', 'interview', 'offer', 'hired'] as const satisfies readonly ApplicationStatus[];
export type BlindRevealStage = (typeof BLIND_REVEAL_STAGES)[number];

/**
 * Whether reviewers may not see who an applicant is: the job screens blind until `revealAt`, and the application
 * has not reached it. Rejected and withdrawn applications that never reached it stay hidden.
 */
export function isIdentityHidden(revealAt: BlindRevealStage | null, status: ApplicationStatus): boolean {
  if (revealAt === null) return false;
  const at = (PIPELINE_STAGES as readonly string[]).indexOf(status);
  return at === -1 || at < PIPELINE_STAGES.indexOf(revealAt);
}

/** What reviewers call a hidden applicant: stable per application, saying nothing about the person. */
export function hiddenApplicantName(applicationId: string): string {
  return `Applicant ${applicationId.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
}

/** Who moves an application: its company (recruiters, admins moderating) or the candidate who applied. */
export type PipelineActor = 'company' | 'candidate';

export function isOpenApplication(status: ApplicationStatus): status is OpenApplicationStatus {
  return (OPEN_APPLICATION_STATUSES as readonly string[]).includes(status);
}

/**
 * Why a move is not allowed, or undefined when it is. A company moves forward one stage at a time or rejects
 * from any open stage; only the candidate withdraws, from any open stage; final states are final.
 */
export function pipelineMoveProblem(from: ApplicationStatus, to: ApplicationStatus, actor: PipelineActor): string | undefined {
  if (!isOpenApplication(from)) return `This application is ${from}: that is final.`;
  if (from === to) return `This application is already ${from}.`;
  if (to === 'withdrawn') return actor === 'candidate' ? undefined : 'Only the candidate can withdraw an application.';
  if (actor === 'candidate') return 'Candidates can only withdraw their application.';
  if (to === 'rejected') return undefined;
  if (to === 'submitted') return 'An application cannot move back to submitted.';
  const next = PIPELINE_STAGES[PIPELINE_STAGES.indexOf(from) + 1];
  return to === next ? undefined : `From ${from} an application moves to ${next} or is rejected.`;
}

/** The statuses a company may move an application in `from` to (the web app's menus and board columns). */
export function companyMovesFrom(from: ApplicationStatus): ApplicationStatus[] {
  return (['screening', 'interview', 'offer', 'hired', 'rejected'] as const).filter((to) => !pipelineMoveProblem(from, to, 'company'));
}

export const REJECTION_REASONS = {
  not_qualified: 'Does not meet the requirements',
  experience: 'Not enough experience for the level',
  other_candidate: 'Another candidate was a better fit',
  position_filled: 'The position has been filled',
  salary: 'Salary expectations do not match',
  location: 'Location or remote arrangement does not match',
  no_response: 'The candidate did not respond',
  other: 'Other',
} as const;
export type RejectionReason = keyof typeof REJECTION_REASONS;
export const REJECTION_REASON_KEYS = Object.keys(REJECTION_REASONS) as [RejectionReason, ...RejectionReason[]];

/** The sentence a candidate reads in their timeline for a move to `status`. */
export const CANDIDATE_STATUS_SENTENCES: Record<ApplicationStatus, string> = {
  submitted: 'You applied.',
  screening: 'Your application is being reviewed.',
  interview: 'Your application moved to interview.',
  offer: 'You have an offer.',
  hired: 'You were hired.',
  rejected: 'The company decided not to go ahead with your application.',
  withdrawn: 'You withdrew your application.',
};
