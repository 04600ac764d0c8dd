// The saved-jobs list as its page shows it: whether each job is still open, and the list with one job taken out
// (what an unsave shows before the server has answered).
import type { Pagination } from '@hotgigs/shared';

/** `open` for a job people can still read and apply to; otherwise why not. */
export type SavedJobState = 'open' | 'expired' | 'closed';

/**
 * The API says only whether a saved job is still listed. One whose deadline has passed expired; any other that is
 * not listed was closed or paused by its employer, which to a candidate is the same: no longer open.
 * (`open` is typed as SQL's boolean, which may be 0 or 1; it arrives as a boolean from PostgreSQL.)
 */
export function savedJobState(job: { open: boolean | number; deadline: Date | null }, now: Date): SavedJobState {
  if (job.open) return 'open';
  return job.deadline !== null && job.deadline.getTime() <= now.getTime() ? 'expired' : 'closed';
}

export const SAVED_JOB_STATE_LABELS: Record<Exclude<SavedJobState, 'open'>, string> = {
  expired: 'Expired',
  closed: 'No longer open',
};

/** A page of the list without the job (when it is on it), its counts lowered to match. */
export function withoutSavedJob<T extends { items: { id: string }[]; pagination: Pagination }>(list: T, jobId: string): T {
  const items = list.items.filter((item) => item.id !== jobId);
  if (items.length === list.items.length) return list;
  const totalCount = Math.max(0, list.pagination.totalCount - 1);
  return {
    ...list,
    items,
    pagination: { ...list.pagination, totalCount, totalPages: Math.ceil(totalCount / list.pagination.limit) },
  };
}
