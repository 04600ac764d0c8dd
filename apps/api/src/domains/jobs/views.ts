// Counting job views: at most one per viewer per job per UTC day, exact under any concurrency, kept as raw rows
// in job_views (analytics read those) and as a running total in jobs.view_count (the job page shows that).
import { createHmac } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '@hotgigs/shared';

export interface JobView {
  jobId: string;
  /** Who viewed: see `viewerKeyOf`. */
  viewerKey: string;
  /** The signed-in viewer, for analytics; null for anonymous visitors. */
  userId: string | null;
  now: Date;
}

/** The UTC calendar day of an instant, as job_views.view_date stores it. */
export function viewDateOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Who is viewing. A signed-in user is their user id. An anonymous visitor is an HMAC (SHA-256, keyed with the
 * server's secret key) of the day, their IP address and user agent: stable for one day, which is all one
 * view per day needs, and unlinkable across days or to an address without the key, so no personal data is
 * kept. People behind one address with the same browser count as one visitor: an undercount, never a double.
 */
export function viewerKeyOf(
  viewer: { userId: string | undefined; ip: string | undefined; userAgent: string | undefined },
  secretKey: Uint8Array,
  now: Date,
): string {
  if (viewer.userId) return viewer.userId;
  return createHmac('sha256', secretKey)
    .update(`job-view\n${viewDateOf(now)}\n${viewer.ip ?? ''}\n${viewer.userAgent ?? ''}`)
    .digest('hex');
}

/**
 * Records a view; only the first of the day from this viewer counts. One statement: the insert that wins the
 * unique (job, viewer, day) row also adds one to the job's total, so any number of concurrent requests add
 * exactly one. Returns the job's new total when this view counted, undefined when it was a repeat.
 */
export async function recordJobView(db: Kysely<DB>, view: JobView): Promise<number | undefined> {
  const result = await sql<{ view_count: number }>`
    WITH counted AS (
      INSERT INTO job_views (job_id, viewer_key, user_id, view_date)
      VALUES (${view.jobId}, ${view.viewerKey}, ${view.userId}, ${viewDateOf(view.now)}::date)
      ON CONFLICT (job_id, viewer_key, view_date) DO NOTHING
      RETURNING job_id
    )
    UPDATE jobs SET view_count = jobs.view_count + 1
    FROM counted WHERE jobs.id = counted.job_id
    RETURNING jobs.view_count`.execute(db);
  return result.rows[0]?.view_count;
}

/**
 * Counts a visit to a job's page as a view (once per viewer per day). Counting is best effort: a failure is
 * logged and answers undefined, and never fails showing the job.
 */
export async function countJobView(
  deps: { db: Kysely<DB>; secretKey: Uint8Array; now: () => Date; log: { warn: (details: object, message: string) => void } },
  jobId: string,
  viewer: { userId: string | undefined; ip: string | undefined; userAgent: string | undefined },
): Promise<number | undefined> {
  const now = deps.now();
  try {
    const viewerKey = viewerKeyOf(viewer, deps.secretKey, now);
    return await recordJobView(deps.db, { jobId, viewerKey, userId: viewer.userId ?? null, now });
  } catch (error) {
    deps.log.warn({ err: error, jobId }, 'could not count a job view');
    return undefined;
  }
}
