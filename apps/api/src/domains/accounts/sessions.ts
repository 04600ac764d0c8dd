// Sessions after Lucia's design: token "<id>.<secret>", only SHA-256(secret) stored and compared in constant
// time; sliding inactivity expiry renewed at most hourly, bounded by an absolute lifetime.
import type { Kysely, Selectable } from 'kysely';
import type { DB, SessionsTable, UserRole } from '@hotgigs/shared';
import { notFound } from '../../errors.ts';
import { constantTimeEqual, randomToken, sha256 } from '../../platform/tokens.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const SESSION_POLICY = {
  /** Signed out after this long without a request. */
  inactivityMs: 10 * DAY,
  /** Signed out this long after signing in, however active. */
  absoluteMs: 30 * DAY,
  /** The inactivity expiry is pushed forward at most this often (one write per hour per session). */
  refreshAfterMs: HOUR,
  /** A password-verified session waiting for its second factor lives this long. */
  pendingMfaMs: 10 * 60_000,
};

export interface SessionUser {
  id: string;
  email: string;
  role: UserRole;
  emailVerified: boolean;
  mfaEnabled: boolean;
}

/** A user row as the signed-in user every procedure sees. */
export function sessionUserOf(row: { id: string; email: string; role: UserRole; email_verified_at: Date | null; totp_enabled_at: Date | null }): SessionUser {
  return { id: row.id, email: row.email, role: row.role, emailVerified: row.email_verified_at !== null, mfaEnabled: row.totp_enabled_at !== null };
}

/** An active user named by id (UUID) or email, as a session would show them; NOT_FOUND otherwise. */
export async function activeUserByIdOrEmail(db: Kysely<DB>, who: string): Promise<SessionUser> {
  const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(who);
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'is_active', 'email_verified_at', 'totp_enabled_at'])
    .where(byId ? 'id' : 'email', '=', byId ? who : who.toLowerCase())
    .executeTakeFirst();
  if (!row || !row.is_active) throw notFound(`There is no active user ${who}.`);
  return sessionUserOf(row);
}

/**
 * A session row for a caller that is not a browser session (an API token, the system acting for a user): every
 * factor passed, no secret to compare, expiring at `expiresAt`.
 */
export function standInSession(id: string, userId: string, now: Date, expiresAt: Date, ip: string | null = null): Selectable<SessionsTable> {
  return { id, secret_hash: new Uint8Array(), user_id: userId, created_at: now, updated_at: now, last_verified_at: now, expires_at: expiresAt, mfa_verified: true, user_agent: null, ip };
}

export interface ValidSession {
  session: Selectable<SessionsTable>;
  user: SessionUser;
  /** True when this request pushed the expiry forward (the cookie should be sent again). */
  refreshed: boolean;
}

export interface SessionMeta {
  now: Date;
  ip?: string | undefined;
  userAgent?: string | undefined;
  /** False for a session that has passed the password but still owes the second factor. */
  mfaVerified: boolean;
}

export async function createSession(
  db: Kysely<DB>,
  userId: string,
  meta: SessionMeta,
): Promise<{ token: string; session: Selectable<SessionsTable> }> {
  const id = randomToken(15); // 120 bits
  const secret = randomToken(32);
  const lifetime = meta.mfaVerified ? SESSION_POLICY.inactivityMs : SESSION_POLICY.pendingMfaMs;
  const session = await db
    .insertInto('sessions')
    .values({
      id,
      secret_hash: sha256(secret),
      user_id: userId,
      created_at: meta.now,
      last_verified_at: meta.now,
      expires_at: new Date(meta.now.getTime() + lifetime),
      mfa_verified: meta.mfaVerified,
      ip: meta.ip?.slice(0, 64) ?? null,
      user_agent: meta.userAgent?.slice(0, 256) ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token: `${id}.${secret}`, session };
}

const TOKEN_SHAPE = /^([a-z2-7]{24})\.([a-z2-7]{52})$/;

/** The session and user a token stands for, or undefined when it is malformed, wrong, expired or the user inactive. */
export async function validateSessionToken(db: Kysely<DB>, token: string, now: Date): Promise<ValidSession | undefined> {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return undefined;
  const [, id, secret] = match as unknown as [string, string, string];
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select([
      'users.email',
      'users.role',
      'users.is_active',
      'users.email_verified_at',
      'users.totp_enabled_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || !constantTimeEqual(sha256(secret), row.secret_hash)) return undefined;
  const absoluteEnd = row.created_at.getTime() + SESSION_POLICY.absoluteMs;
  if (!row.is_active || row.expires_at.getTime() <= now.getTime() || absoluteEnd <= now.getTime()) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return undefined;
  }
  const { email, role, is_active: _active, email_verified_at, totp_enabled_at, ...session } = row;
  let refreshed = false;
  if (session.mfa_verified && now.getTime() - session.last_verified_at.getTime() >= SESSION_POLICY.refreshAfterMs) {
    session.last_verified_at = now;
    session.expires_at = new Date(Math.min(now.getTime() + SESSION_POLICY.inactivityMs, absoluteEnd));
    await db
      .updateTable('sessions')
      .set({ last_verified_at: session.last_verified_at, expires_at: session.expires_at })
      .where('id', '=', id)
      .execute();
    refreshed = true;
  }
  return {
    session,
    user: sessionUserOf({ id: session.user_id, email, role, email_verified_at, totp_enabled_at }),
    refreshed,
  };
}

export async function invalidateSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, or every one but `exceptSessionId` ("sign out everywhere else"). */
export async function invalidateUserSessions(db: Kysely<DB>, userId: string, exceptSessionId?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) query = query.where('id', '<>', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The id of one of this user's sessions; another user's (or none) answers NOT_FOUND. */
export async function ownSession(db: Kysely<DB>, userId: string, sessionId: string): Promise<string> {
  const row = await db.selectFrom('sessions').select('id').where('id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw notFound('No such session.');
  return row.id;
}

/** A user's signed-in sessions that have not expired, most recently used first. */
export async function listSessions(db: Kysely<DB>, userId: string, currentSessionId: string, now: Date) {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_verified_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('mfa_verified', '=', true)
    .where('expires_at', '>', now)
    .orderBy('last_verified_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    lastActiveAt: r.last_verified_at,
    expiresAt: r.expires_at,
    ip: r.ip,
    userAgent: r.user_agent,
    current: r.id === currentSessionId,
  }));
}
