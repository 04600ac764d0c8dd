// How a job's status and lifecycle actions read on the recruiter's screens (the lifecycle itself is in
// @hotgigs/shared's lifecycle.ts, which the server enforces).
import type { JobAction, JobStatus } from '@hotgigs/shared';

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  draft: 'Draft',
  published: 'Published',
  paused: 'Paused',
  expired: 'Expired',
  closed: 'Closed',
};

/** The tab names of the status filter: plurals, as in "3 drafts". */
export const JOB_STATUS_TABS: Record<JobStatus, string> = {
  draft: 'Drafts',
  published: 'Published',
  paused: 'Paused',
  expired: 'Expired',
  closed: 'Closed',
};

export const JOB_STATUS_TONES = {
  draft: 'neutral',
  published: 'success',
  paused: 'warning',
  expired: 'danger',
  closed: 'neutral',
} as const satisfies Record<JobStatus, string>;

/** What each status means for candidates, in one line. */
export const JOB_STATUS_MEANINGS: Record<JobStatus, string> = {
  draft: 'Only your company can see it.',
  published: 'Listed and open to applications.',
  paused: 'Hidden from candidates until you resume it.',
  expired: 'Past its deadline: no longer listed.',
  closed: 'No longer listed or open to applications.',
};

interface ActionCopy {
  label: string;
  pending: string;
  /** The sentence announced when it is done, for a job named `title`. */
  done: (title: string) => string;
  /** Asked before doing it: closing cannot be undone. */
  confirm?: string;
}

export const JOB_ACTION_COPY: Record<JobAction, ActionCopy> = {
  publish: { label: 'Publish', pending: 'Publishing…', done: (title) => `“${title}” is published.` },
  pause: { label: 'Pause', pending: 'Pausing…', done: (title) => `“${title}” is paused: candidates no longer see it.` },
  resume: { label: 'Resume', pending: 'Resuming…', done: (title) => `“${title}” is published again.` },
  close: {
    label: 'Close',
    pending: 'Closing…',
    done: (title) => `“${title}” is closed.`,
    confirm: 'Close this job for good? It cannot be reopened.',
  },
};

/** A job with no title yet still needs a name in lists and messages. */
export function jobTitleOrPlaceholder(title: string): string {
  return title.trim() || 'Untitled job';
}
