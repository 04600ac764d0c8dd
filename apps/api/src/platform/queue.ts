// Work queued in a table of its own domain (resumes to parse; later matches, notifications): rows are claimed with
// `FOR UPDATE SKIP LOCKED`, so any number of API processes on one database share the work and never take the
// same row, and the same SQL runs on PGlite and PostgreSQL. One mechanism for both databases (pg-boss cannot
// run on PGlite): see docs/profiles.md. A claimed row carries a lease (`locked_until`); a process that dies
// mid-job leaves a lease that lapses, and the row is claimed again.
//
// The table needs: a status column, `attempts` int, `run_after` timestamptz, `locked_until` timestamptz.
import { sql, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '@hotgigs/shared';

/** In-process "there is work now": an upload wakes the loop instead of waiting for the next poll. */
export class Waker {
  private readonly listeners = new Set<() => void>();
  wake(): void {
    for (const listener of this.listeners) listener();
  }
  on(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export interface QueueTable {
  table: keyof DB & string;
  statusColumn: string;
  /** Status of rows waiting to run, and of rows being run. */
  waiting: string;
  running: string;
  failed: string;
  errorColumn: string;
  /** How long a claim holds before another process may take the row again. */
  leaseMs: number;
  maxAttempts: number;
  /** Delay before retry number `attempt` (1-based). */
  backoffMs: (attempt: number) => number;
}

export interface ClaimedRow {
  id: string;
  attempts: number;
}

/**
 * Takes the oldest runnable row (waiting and due, or running with a lapsed lease), marks it running with a
 * fresh lease and one more attempt, and returns it; undefined when there is nothing to do.
 */
export async function claimNext(db: Kysely<DB>, q: QueueTable, now: Date): Promise<ClaimedRow | undefined> {
  const t = sql.table(q.table);
  const status = sql.ref(q.statusColumn);
  const leaseUntil = new Date(now.getTime() + q.leaseMs);
  const result = await sql<ClaimedRow>`
    UPDATE ${t} SET ${status} = ${q.running}, attempts = attempts + 1, locked_until = ${leaseUntil}, updated_at = ${now}
    WHERE id = (
      SELECT id FROM ${t}
      WHERE (${status} = ${q.waiting} AND run_after <= ${now}) OR (${status} = ${q.running} AND locked_until < ${now})
      ORDER BY created_at
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id, attempts`.execute(db);
  return result.rows[0];
}

/**
 * A job that failed: tried again later (backoff) while attempts remain, else marked failed with `reason`.
 * `final` skips the retries (a file that can never be read). Only the row still under this claim is changed.
 */
export async function retryOrFail(db: Kysely<DB>, q: QueueTable, row: ClaimedRow, reason: string, now: Date, final = false): Promise<'retry' | 'failed'> {
  const t = sql.table(q.table);
  const status = sql.ref(q.statusColumn);
  const error = sql.ref(q.errorColumn);
  if (!final && row.attempts < q.maxAttempts) {
    const runAfter = new Date(now.getTime() + q.backoffMs(row.attempts));
    await sql`UPDATE ${t} SET ${status} = ${q.waiting}, run_after = ${runAfter}, locked_until = NULL, updated_at = ${now}
      WHERE id = ${row.id} AND ${status} = ${q.running} AND attempts = ${row.attempts}`.execute(db);
    return 'retry';
  }
  await sql`UPDATE ${t} SET ${status} = ${q.failed}, ${error} = ${reason}, locked_until = NULL, updated_at = ${now}
    WHERE id = ${row.id} AND ${status} = ${q.running} AND attempts = ${row.attempts}`.execute(db);
  return 'failed';
}

export interface QueueLoopOptions {
  name: string;
  /** Claims one job; undefined when none is due. */
  claim: () => Promise<ClaimedRow | undefined>;
  /** Runs one claimed job to its end (success, retry or failure written by the handler). */
  run: (row: ClaimedRow) => Promise<void>;
  /** Jobs run at once by this process. */
  concurrency: number;
  pollMs: number;
  waker?: Waker;
  log: Pick<Logger, 'warn' | 'debug'>;
}

export interface RunningQueue {
  /** Looks for work now. */
  wake(): void;
  /** Stops claiming and waits for the jobs in hand. */
  stop(): Promise<void>;
  /** Resolves once no job is due and none is running (tests, tools). */
  idle(): Promise<void>;
}

/** Claims and runs jobs until stopped: on every wake, and every `pollMs` otherwise. */
export function startQueue(options: QueueLoopOptions): RunningQueue {
  let stopped = false;
  let running = 0;
  let scanning = false;
  let again = false;
  const inFlight = new Set<Promise<void>>();
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (running === 0 && !scanning && !again) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  async function fill(): Promise<void> {
    if (scanning) {
      again = true;
      return;
    }
    scanning = true;
    try {
      do {
        again = false;
        while (!stopped && running < options.concurrency) {
          const row = await options.claim();
          if (!row) break;
          running++;
          const job = options
            .run(row)
            .catch((error: unknown) => options.log.warn({ err: error, queue: options.name, id: row.id }, 'queue job failed'))
            .finally(() => {
              running--;
              inFlight.delete(job);
              void fill();
            });
          inFlight.add(job);
        }
      } while (again && !stopped);
    } catch (error) {
      options.log.warn({ err: error, queue: options.name }, 'queue claim failed; will retry');
    } finally {
      scanning = false;
      settleIdle();
    }
  }

  const timer = setInterval(() => void fill(), options.pollMs);
  timer.unref();
  const off = options.waker?.on(() => void fill());
  void fill();

  return {
    wake: () => void fill(),
    async stop() {
      stopped = true;
      clearInterval(timer);
      off?.();
      await Promise.allSettled([...inFlight]);
    },
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        void fill();
      });
    },
  };
}
