// Personal API tokens (docs/rest.md#api-tokens): a script's credential, made in the account page by a user
// signed in with every factor. The token is `hg_<id>_<secret>`, shown once; only SHA-256(secret) is stored and
// compared in constant time. A token stands for its user with their role, limited by its scope (read-only
// tokens call queries only) and by what no token may do (procedures.ts: sessionProcedure). Each use is
// counted against the token's own rate limit; the audit log records its first use and then at most one use
// per hour or whenever it arrives from a new address.
import type { Kysely } from 'kysely';
import type { ApiTokenScope, CreateApiTokenInput, DB } from '@hotgigs/shared';
import type { AppServices } from '../../app-services.ts';
import { conflict, forbidden, notFound } from '../../errors.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import { enforceRateLimits, RATE_LIMITS } from '../../platform/rate-limit.ts';
import { constantTimeEqual, randomToken, sha256 } from '../../platform/tokens.ts';
import { sessionUserOf, standInSession, type ValidSession } from './sessions.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Enough for every script a person runs; a list longer than this is tokens nobody remembers. */
export const MAX_API_TOKENS_PER_USER = 50;

const TOKEN_SHAPE = /^hg_([a-z2-7]{16})_([a-z2-7]{52})$/;

/** True for a string shaped like an API token (not a session token): the two are told apart by their look. */
export const looksLikeApiToken = (token: string) => token.startsWith('hg_');

export interface ApiTokenAuth extends ValidSession {
  apiToken: { id: string; name: string; scope: ApiTokenScope };
}

export async function createApiToken(
  deps: Pick<AppServices, 'db' | 'now'>,
  userId: string,
  input: CreateApiTokenInput,
  origin: RequestOrigin,
) {
  const { db } = deps;
  const now = deps.now();
  await enforceRateLimits(db, now, [[RATE_LIMITS.apiTokenCreatePerAccount, userId]]);
  const { count } = await db
    .selectFrom('api_tokens')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  if (Number(count) >= MAX_API_TOKENS_PER_USER) {
    throw conflict(`You have ${MAX_API_TOKENS_PER_USER} API tokens, the most one account may hold: revoke one you no longer use first.`);
  }
  const name = input.name.trim();
  const taken = await db.selectFrom('api_tokens').select('id').where('user_id', '=', userId).where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase())).executeTakeFirst();
  if (taken) throw conflict(`You already have a token named "${name}": choose another name.`);
  const id = randomToken(10); // 80 bits: an identifier, not the secret
  const secret = randomToken(32);
  const row = await db
    .insertInto('api_tokens')
    .values({
      id,
      user_id: userId,
      name,
      scope: input.scope,
      secret_hash: sha256(secret),
      expires_at: input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY),
      created_at: now,
      updated_at: now,
    })
    .returning(['id', 'name', 'scope', 'created_at', 'expires_at', 'last_used_at', 'last_used_ip'])
    .executeTakeFirstOrThrow();
  await recordAudit(db, {
    action: 'auth.api_token_created',
    actorId: userId,
    targetType: 'api_token',
    targetId: id,
    details: { name, scope: input.scope, expiresInDays: input.expiresInDays },
    ...origin,
  });
  return { ...present(row), token: `hg_${id}_${secret}` };
}

type TokenRow = { id: string; name: string; scope: ApiTokenScope; created_at: Date; expires_at: Date | null; last_used_at: Date | null; last_used_ip: string | null };

function present(row: TokenRow) {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    lastUsedIp: row.last_used_ip,
  };
}

/** The user's tokens, newest first, expired ones included (marked) so the owner sees why a script stopped. */
export async function listApiTokens(db: Kysely<DB>, userId: string, now: Date) {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'scope', 'created_at', 'expires_at', 'last_used_at', 'last_used_ip'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(MAX_API_TOKENS_PER_USER)
    .execute();
  return rows.map((row) => ({ ...present(row), expired: row.expires_at !== null && row.expires_at.getTime() <= now.getTime() }));
}

/** The id of one of this user's tokens; another user's (or none) answers NOT_FOUND. */
export async function apiTokenOfUser(db: Kysely<DB>, userId: string, tokenId: string): Promise<{ id: string; name: string }> {
  const row = await db.selectFrom('api_tokens').select(['id', 'name']).where('id', '=', tokenId).where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw notFound('No such API token.');
  return row;
}

export async function revokeApiToken(deps: Pick<AppServices, 'db'>, userId: string, token: { id: string; name: string }, origin: RequestOrigin) {
  await deps.db.deleteFrom('api_tokens').where('id', '=', token.id).execute();
  await recordAudit(deps.db, { action: 'auth.api_token_revoked', actorId: userId, targetType: 'api_token', targetId: token.id, details: { name: token.name }, ...origin });
  return { status: 'revoked' as const };
}

/**
 * What every call with an API token passes (tRPC procedures and the file routes alike): a read-only token
 * changes nothing, and each call counts against the token's own rate limit.
 */
export async function enforceApiTokenUse(db: Kysely<DB>, now: Date, token: ApiTokenAuth['apiToken'], changes: boolean): Promise<void> {
  if (changes && token.scope === 'read') {
    throw forbidden(`The API token "${token.name}" is read-only: make a full-access token in Account settings to change things.`);
  }
  await enforceRateLimits(db, now, [[RATE_LIMITS.apiTokenCalls, token.id]]);
}

/** Every token of a user, gone: after a password reset (the account may have been someone else's) and erasure. */
export async function revokeUserApiTokens(db: Kysely<DB>, userId: string): Promise<number> {
  const result = await db.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The user an API token stands for, shaped like a signed-in session (every factor passed: the token was made
 * by such a session), or undefined when it is malformed, wrong, expired, or its user inactive.
 */
export async function validateApiToken(db: Kysely<DB>, token: string, now: Date, ip: string | undefined): Promise<ApiTokenAuth | undefined> {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return undefined;
  const [, id, secret] = match as unknown as [string, string, string];
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.user_id',
      'api_tokens.name',
      'api_tokens.scope',
      'api_tokens.secret_hash',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'api_tokens.last_used_ip',
      'users.email',
      'users.role',
      'users.is_active',
      'users.email_verified_at',
      'users.totp_enabled_at',
    ])
    .where('api_tokens.id', '=', id)
    .executeTakeFirst();
  if (!row || !constantTimeEqual(sha256(secret), row.secret_hash)) return undefined;
  if (!row.is_active || (row.expires_at && row.expires_at.getTime() <= now.getTime())) return undefined;
  const address = ip?.slice(0, 64) ?? null;
  const stale = !row.last_used_at || now.getTime() - row.last_used_at.getTime() >= HOUR || row.last_used_ip !== address;
  if (stale) {
    await db.updateTable('api_tokens').set({ last_used_at: now, last_used_ip: address }).where('id', '=', id).execute();
    await recordAudit(db, { action: 'auth.api_token_used', actorId: row.user_id, targetType: 'api_token', targetId: id, details: { name: row.name }, ip: address ?? undefined });
  }
  return {
    // A token without an expiry works until revoked; the session shape needs a date.
    session: standInSession(row.id, row.user_id, now, row.expires_at ?? new Date(8.64e15), address),
    user: sessionUserOf({ ...row, id: row.user_id }),
    refreshed: false,
    apiToken: { id: row.id, name: row.name, scope: row.scope },
  };
}
