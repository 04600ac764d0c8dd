// Rate limits kept in PostgreSQL, so they hold across any number of API instances: a fixed window per key,
// counted with one atomic upsert per attempt. The clock is passed in, so tests move time instead of sleeping.
import { sql, type Kysely } from 'kysely';
import type { DB } from '@hotgigs/shared';
import { tooManyRequests } from '../errors.ts';

export interface RateLimit {
  /** What is limited, e.g. "login:account"; the subject (email, ip) is appended to make the key. */
  name: string;
  limit: number;
  windowMs: number;
}

const MINUTE = 60_000;
/**
 * The numbers, documented in the README. Per account they stop guessing one password; per IP they stop one
 * machine spraying many accounts, loosely enough for an office behind one address.
 */
export const RATE_LIMITS = {
  /** Sign-ins to one account from clients it has never signed in from: where guessing comes from. */
  loginPerAccount: { name: 'login:account', limit: 10, windowMs: 15 * MINUTE },
  /** Sign-ins to one account from one device (cookie) or address that signed in to it before. */
  loginPerTrustedClient: { name: 'login:trusted', limit: 10, windowMs: 15 * MINUTE },
  /** Wrong current passwords when changing it: its own bucket, so it cannot lock anyone out of signing in. */
  passwordChangePerAccount: { name: 'password-change:account', limit: 10, windowMs: 15 * MINUTE },
  loginPerIp: { name: 'login:ip', limit: 50, windowMs: 15 * MINUTE },
  registerPerIp: { name: 'register:ip', limit: 10, windowMs: 60 * MINUTE },
  emailPerAccount: { name: 'email:account', limit: 5, windowMs: 60 * MINUTE },
  emailPerIp: { name: 'email:ip', limit: 30, windowMs: 60 * MINUTE },
  tokenPerIp: { name: 'token:ip', limit: 30, windowMs: 15 * MINUTE },
  mfaPerAccount: { name: 'mfa:account', limit: 10, windowMs: 15 * MINUTE },
  /** New API tokens one account may make (docs/rest.md#api-tokens). */
  apiTokenCreatePerAccount: { name: 'api-token:create', limit: 20, windowMs: 60 * MINUTE },
  /** Calls one API token may make: a busy script's pace, not a flood's. */
  apiTokenCalls: { name: 'api-token:calls', limit: 600, windowMs: MINUTE },
  /** New skills one account may add: enough for a whole profile, too few to flood the admins' queue. */
  skillSuggestPerAccount: { name: 'skill-suggest:account', limit: 20, windowMs: 60 * MINUTE },
  /** Rewrite requests to the optional AI provider: each costs the portal a paid call. */
  rewritesPerAccount: { name: 'rewrites:account', limit: 10, windowMs: 60 * MINUTE },
} as const satisfies Record<string, RateLimit>;

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window resets, for Retry-After. */
  retryAfterSeconds: number;
}

export async function consumeRateLimit(
  db: Kysely<DB>,
  rule: RateLimit,
  subject: string,
  now: Date,
): Promise<RateLimitResult> {
  const key = `${rule.name}:${subject.toLowerCase()}`.slice(0, 300);
  const windowStartsAfter = new Date(now.getTime() - rule.windowMs);
  const row = await db
    .insertInto('rate_limit_buckets')
    .values({ key, window_start: now, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`CASE WHEN rate_limit_buckets.window_start <= ${windowStartsAfter} THEN 1 ELSE rate_limit_buckets.count + 1 END`,
        window_start: sql<Date>`CASE WHEN rate_limit_buckets.window_start <= ${windowStartsAfter} THEN ${now}::timestamptz ELSE rate_limit_buckets.window_start END`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  const resetsAt = row.window_start.getTime() + rule.windowMs;
  return {
    allowed: row.count <= rule.limit,
    retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)),
  };
}

/** Forgets the attempts on a key, e.g. an account's failed sign-ins once it signs in. */
export async function resetRateLimit(db: Kysely<DB>, rule: RateLimit, subject: string): Promise<void> {
  await db.deleteFrom('rate_limit_buckets').where('key', '=', `${rule.name}:${subject.toLowerCase()}`.slice(0, 300)).execute();
}

/** Old windows are useless; a periodic sweep keeps the table small. */
export async function sweepRateLimits(db: Kysely<DB>, now: Date): Promise<void> {
  const longest = Math.max(...Object.values(RATE_LIMITS).map((r) => r.windowMs));
  await db.deleteFrom('rate_limit_buckets').where('window_start', '<', new Date(now.getTime() - longest)).execute();
}

/** Counts an attempt against every rule given; over any of them, a `too_many_requests` error (429, Retry-After). */
export async function enforceRateLimits(
  db: Kysely<DB>,
  now: Date,
  checks: [rule: RateLimit, subject: string | undefined][],
): Promise<void> {
  for (const [rule, subject] of checks) {
    if (!subject) continue;
    const result = await consumeRateLimit(db, rule, subject, now);
    if (!result.allowed) throw tooManyRequests(result.retryAfterSeconds);
  }
}
