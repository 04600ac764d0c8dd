// Stored match scores kept current (docs/matching.md): the database enqueues a refresh when a candidate's profile
// or a job changes and either has applications (migration 0009); this loop claims them (platform/queue.ts, any
// number of API processes), rescores every application of that candidate or job, and deletes the row.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '@hotgigs/shared';
import { claimNext, retryOrFail, startQueue, type ClaimedRow, type QueueTable, type RunningQueue } from '../../platform/queue.ts';
import { matchEngine } from './engine.ts';
import { applicationsToRescore, scoreApplications } from './service.ts';

export const MATCH_REFRESH_QUEUE: QueueTable = {
  table: 'match_refreshes',
  statusColumn: 'status',
  waiting: 'waiting',
  running: 'running',
  failed: 'failed',
  errorColumn: 'error',
  leaseMs: 120_000,
  maxAttempts: 5,
  backoffMs: (attempt) => 2_000 * 4 ** (attempt - 1),
};

/** Runs one claimed refresh: every application of its candidate or job scored again, then the row removed. */
export async function runMatchRefresh(db: Kysely<DB>, row: ClaimedRow, now: Date): Promise<'done' | 'retry' | 'failed'> {
  const refresh = await db.selectFrom('match_refreshes').select(['candidate_id', 'job_id']).where('id', '=', row.id).executeTakeFirst();
  if (!refresh) return 'done';
  try {
    const engine = await matchEngine(db);
    const pairs = await applicationsToRescore(db, { candidateId: refresh.candidate_id, jobId: refresh.job_id });
    for (let i = 0; i < pairs.length; i += 1_000) await scoreApplications(db, engine, pairs.slice(i, i + 1_000), now);
  } catch (error) {
    return retryOrFail(db, MATCH_REFRESH_QUEUE, row, error instanceof Error ? error.message.slice(0, 500) : 'scoring failed', now);
  }
  await db.deleteFrom('match_refreshes').where('id', '=', row.id).where('attempts', '=', row.attempts).execute();
  return 'done';
}

/** Starts this process's refresh loop (polls; the enqueueing transaction may be another process's). */
export function startMatchRefresh(db: Kysely<DB>, log: Pick<Logger, 'warn' | 'debug'>, options: { pollMs?: number; now?: () => Date } = {}): RunningQueue {
  const now = options.now ?? (() => new Date());
  return startQueue({
    name: 'match-refresh',
    claim: () => claimNext(db, MATCH_REFRESH_QUEUE, now()),
    run: async (row) => {
      const result = await runMatchRefresh(db, row, now());
      log.debug({ refresh: row.id, attempt: row.attempts, result }, 'match scores refreshed');
    },
    concurrency: 1,
    pollMs: options.pollMs ?? 2_000,
    log,
  });
}
