// Housekeeping every API process runs: drop what can no longer be used (expired sessions and email tokens,
// finished rate-limit windows). Idempotent, so any number of instances may run it.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '@hotgigs/shared';
import { refreshSearchTerms } from '@hotgigs/db';
import { sweepRateLimits } from './platform/rate-limit.ts';

export async function sweepExpired(db: Kysely<DB>, now: Date): Promise<{ sessions: number; tokens: number }> {
  const sessions = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  // Used or expired tokens are kept a day, so "this link was already used" stays explainable for a while.
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const tokens = await db
    .deleteFrom('auth_tokens')
    .where((eb) => eb.or([eb('expires_at', '<=', dayAgo), eb('used_at', '<=', dayAgo)]))
    .executeTakeFirst();
  await sweepRateLimits(db, now);
  return { sessions: Number(sessions.numDeletedRows), tokens: Number(tokens.numDeletedRows) };
}

/** Runs the sweep now and then every `intervalMs`; returns a stop function. */
export function startMaintenance(db: Kysely<DB>, log: Pick<Logger, 'debug' | 'warn'>, intervalMs = 3_600_000): () => void {
  // The typo-correction vocabulary is rebuilt with the hourly sweep, not at start: the seeder builds it,
  // and start-up should stay quick.
  const run = (withVocabulary: boolean) =>
    Promise.all([sweepExpired(db, new Date()), withVocabulary ? refreshSearchTerms(db) : 0]).then(
      ([swept, terms]) => log.debug({ ...swept, terms }, 'swept expired sessions and tokens'),
      (error: unknown) => log.warn({ err: error }, 'maintenance sweep failed; will retry'),
    );
  void run(false);
  const timer = setInterval(() => void run(true), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
