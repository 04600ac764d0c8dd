// The job lifecycle of docs/domain.md as data: which status may follow which, and by what action.
// The server enforces it; the web app uses it to offer only the actions that are possible.
import type { JobStatus } from './enums.ts';

export const JOB_ACTIONS = ['publish', 'pause', 'resume', 'close'] as const;
export type JobAction = (typeof JOB_ACTIONS)[number];

const TRANSITIONS: Record<JobAction, { from: readonly JobStatus[]; to: JobStatus }> = {
  publish: { from: ['draft'], to: 'published' },
  pause: { from: ['published'], to: 'paused' },
  resume: { from: ['paused'], to: 'published' },
  close: { from: ['draft', 'published', 'paused', 'expired'], to: 'closed' },
};

/** The status an action leads to from `status`, or undefined when the lifecycle does not allow it. */
export function nextJobStatus(status: JobStatus, action: JobAction): JobStatus | undefined {
  const transition = TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : undefined;
}

export function allowedJobActions(status: JobStatus): JobAction[] {
  return JOB_ACTIONS.filter((action) => nextJobStatus(status, action) !== undefined);
}

/** Closed and expired jobs are history: their content is no longer edited. */
export function isJobEditable(status: JobStatus): boolean {
  return status === 'draft' || status === 'published' || status === 'paused';
}
