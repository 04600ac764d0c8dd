// The resume parse queue: resumes waiting to be read are claimed from the resumes table itself
// (platform/queue.ts: FOR UPDATE SKIP LOCKED, one mechanism on PGlite and PostgreSQL, any number of API
// processes), read by the worker pool, and stored as parsed fields, insights and text, or failed with a reason.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '@hotgigs/shared';
import type { SkillEntry } from '@hotgigs/ai';
import type { AppServices } from '../../app-services.ts';
import { claimNext, retryOrFail, startQueue, type ClaimedRow, type QueueTable, type RunningQueue } from '../../platform/queue.ts';
import { createParsePool, type ParsePool } from './parse-pool.ts';

/** Characters of the extracted text kept for the review page. */
export const KEPT_TEXT_CHARS = 200_000;

export function resumeQueueTable(timeoutMs: number): QueueTable {
  return {
    table: 'resumes',
    statusColumn: 'parse_status',
    waiting: 'pending',
    running: 'parsing',
    failed: 'failed',
    errorColumn: 'parse_error',
    // Longer than a file may take (the pool's timeout), so a live claim never lapses.
    leaseMs: timeoutMs * 2 + 30_000,
    maxAttempts: 3,
    backoffMs: (attempt) => 5_000 * 4 ** (attempt - 1),
  };
}

/** The taxonomy as the parser's skill matcher takes it: the slug is the id a parsed skill names. */
export async function loadSkillEntries(db: Kysely<DB>): Promise<SkillEntry[]> {
  const rows = await db.selectFrom('skills').select(['slug', 'name', 'aliases']).execute();
  return rows.map((r) => ({ id: r.slug, name: r.name, aliases: r.aliases ?? [] }));
}

export type ParseDeps = Pick<AppServices, 'db' | 'storage' | 'now'>;

/** Reads one claimed resume and writes what came of it (only while the claim is still this one). */
export async function parseClaimed(deps: ParseDeps, pool: ParsePool, q: QueueTable, row: ClaimedRow): Promise<'parsed' | 'retry' | 'failed'> {
  const { db } = deps;
  const resume = await db.selectFrom('resumes').select(['storage_key']).where('id', '=', row.id).executeTakeFirst();
  if (!resume) return 'failed';
  const bytes = await deps.storage.get(resume.storage_key);
  if (!bytes) return retryOrFail(db, q, row, 'The file of this resume is missing: upload it again', deps.now(), true);
  const outcome = await pool.parse(bytes, deps.now());
  if (!outcome.ok) return retryOrFail(db, q, row, outcome.message, deps.now(), outcome.final);
  const now = deps.now();
  await db
    .updateTable('resumes')
    .set({
      parse_status: 'parsed',
      parse_error: null,
      parsed_data: JSON.stringify(outcome.parsed),
      analysis: JSON.stringify(outcome.insights),
      quality_score: Math.max(0, Math.min(100, Math.round(outcome.insights.score))),
      extracted_text: outcome.text.slice(0, KEPT_TEXT_CHARS),
      rewrite_suggestions: null,
      rewrites_at: null,
      parsed_at: now,
      locked_until: null,
      updated_at: now,
    })
    .where('id', '=', row.id)
    .where('parse_status', '=', 'parsing')
    .where('attempts', '=', row.attempts)
    .execute();
  return 'parsed';
}

export interface ResumeParsing {
  queue: RunningQueue;
  pool: ParsePool;
  stop(): Promise<void>;
}

/** Starts this process's parsing: the pool (PARSE_WORKERS, 0 = none here) and the queue loop it feeds. */
export async function startResumeParsing(
  deps: ParseDeps & Pick<AppServices, 'env' | 'resumeParsing'>,
  log: Pick<Logger, 'warn' | 'debug' | 'info'>,
  options: { pollMs?: number } = {},
): Promise<ResumeParsing | undefined> {
  if (deps.env.PARSE_WORKERS === 0) return undefined;
  const q = resumeQueueTable(deps.env.PARSE_TIMEOUT_MS);
  const pool = createParsePool({ size: deps.env.PARSE_WORKERS, timeoutMs: deps.env.PARSE_TIMEOUT_MS, skills: await loadSkillEntries(deps.db) });
  const queue = startQueue({
    name: 'resume-parse',
    claim: () => claimNext(deps.db, q, deps.now()),
    run: async (row) => {
      const result = await parseClaimed(deps, pool, q, row);
      log.debug({ resume: row.id, attempt: row.attempts, result }, 'resume read');
    },
    concurrency: deps.env.PARSE_WORKERS,
    pollMs: options.pollMs ?? 3_000,
    waker: deps.resumeParsing,
    log,
  });
  return {
    queue,
    pool,
    async stop() {
      await pool.close();
      await queue.stop();
    },
  };
}
