// Jobs past their deadline become `expired`. Listing and applying already treat them as closed from the moment
// the deadline passes (isListed); this sweep makes the stored status say so for recruiters, admins and reports.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '@hotgigs/shared';

/** How often each API process runs the sweep. */
export const JOB_EXPIRY_INTERVAL_MS = 5 * 60_000;

/**
 * Marks every published or paused job whose deadline is at or before `now` as expired, in one statement, and
 * returns how many changed. Idempotent and safe to run from any number of processes at once: a job already
 * expired no longer matches, and row locks let only one of two concurrent sweeps change a given job.
 */
export async function expireJobs(db: Kysely<DB>, now: Date): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'expired' })
    .where('status', 'in', ['published', 'paused'])
    .where('deadline', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Runs the sweep now and then every `intervalMs` in this process; returns a stop function. */
export function startJobExpiry(db: Kysely<DB>, log: Pick<Logger, 'debug' | 'info' | 'warn'>, intervalMs = JOB_EXPIRY_INTERVAL_MS): () => void {
  const run = () =>
    expireJobs(db, new Date()).then(
      (expired) => (expired > 0 ? log.info({ expired }, 'expired jobs past their deadline') : log.debug('no job past its deadline')),
      (error: unknown) => log.warn({ err: error }, 'job expiry sweep failed; will retry'),
    );
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
