// A candidate's bookmarks: jobs they saved to read or apply to later.
import { sql, type Kysely } from 'kysely';
import { describePage, MAX_SAVED_JOBS, pageOffset, type DB, type SavedJobListInput } from '@hotgigs/shared';
import { invalid, notFound } from '../../errors.ts';
import { isListed, skillsByJob, summaryColumns, toJobSummary } from '../jobs/service.ts';

/** Saves a listed job; saving it again changes nothing. Jobs not open to the public answer NOT_FOUND. */
export async function saveJob(db: Kysely<DB>, candidateId: string, jobId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const job = await trx.selectFrom('jobs').select('id').where('id', '=', jobId).where(isListed).executeTakeFirst();
    if (!job) throw notFound('This job does not exist or is no longer open.');
    // The candidate row is the lock that keeps two concurrent saves from passing the limit together.
    await trx.selectFrom('candidates').select('id').where('id', '=', candidateId).forUpdate().executeTakeFirstOrThrow();
    const already = await trx
      .selectFrom('saved_jobs')
      .select('id')
      .where('candidate_id', '=', candidateId)
      .where('job_id', '=', jobId)
      .executeTakeFirst();
    if (already) return;
    const { count } = await trx
      .selectFrom('saved_jobs')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('candidate_id', '=', candidateId)
      .executeTakeFirstOrThrow();
    if (count >= MAX_SAVED_JOBS) {
      throw invalid(`You can save up to ${MAX_SAVED_JOBS} jobs. Remove some to save more.`);
    }
    await trx
      .insertInto('saved_jobs')
      .values({ candidate_id: candidateId, job_id: jobId, created_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['candidate_id', 'job_id']).doNothing())
      .execute();
  });
}

/** Removes a bookmark; removing one that is not there is not an error (the heart is simply off). */
export async function unsaveJob(db: Kysely<DB>, candidateId: string, jobId: string): Promise<void> {
  await db.deleteFrom('saved_jobs').where('candidate_id', '=', candidateId).where('job_id', '=', jobId).execute();
}

/**
 * Saved jobs, most recently saved first, as the job lists show them. Jobs closed, paused or past their deadline
 * since they were saved stay in the list with `open: false`, so the candidate sees what happened to them.
 */
export async function listSavedJobs(db: Kysely<DB>, candidateId: string, input: SavedJobListInput) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('saved_jobs')
      .innerJoin('jobs', 'jobs.id', 'saved_jobs.job_id')
      .innerJoin('companies', 'companies.id', 'jobs.company_id')
      .select(summaryColumns)
      .select((eb) => [isListed(eb).as('open'), 'saved_jobs.created_at as saved_at'])
      .where('saved_jobs.candidate_id', '=', candidateId)
      .orderBy('saved_jobs.created_at', 'desc')
      .orderBy('saved_jobs.id', 'desc')
      .limit(input.limit)
      .offset(pageOffset(input))
      .execute(),
    db
      .selectFrom('saved_jobs')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('candidate_id', '=', candidateId)
      .executeTakeFirstOrThrow(),
  ]);
  const skills = await skillsByJob(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) => ({ ...toJobSummary(row, skills.get(row.id) ?? []), open: Boolean(row.open), savedAt: row.saved_at })),
    pagination: describePage(input, total.count),
  };
}

/** Ids of every saved job (at most MAX_SAVED_JOBS), for the hearts on job lists. */
export async function savedJobIds(db: Kysely<DB>, candidateId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('saved_jobs')
    .select('job_id')
    .where('candidate_id', '=', candidateId)
    .orderBy('created_at', 'desc')
    .limit(MAX_SAVED_JOBS)
    .execute();
  return rows.map((r) => r.job_id);
}
