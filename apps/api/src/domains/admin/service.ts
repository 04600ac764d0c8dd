// Admins look after people's accounts: find users, change a role, deactivate and reactivate, end sessions.
// Admins reach every user; they may not change their own role or deactivate themselves here.
import { sql, type Kysely } from 'kysely';
import { describePage, pageOffset, type AdminUserListInput, type DB, type UserRole } from '@hotgigs/shared';
import type { AppServices } from '../../app-services.ts';
import { invalid, notFound } from '../../errors.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { revokeUserApiTokens } from '../accounts/api-tokens.ts';
import { invalidateUserSessions } from '../accounts/sessions.ts';

/** The admin acting, and from where (for the audit log). */
export interface AdminActor {
  userId: string;
  origin: RequestOrigin;
}

async function targetUser(db: Kysely<DB>, userId: string) {
  const user = await db.selectFrom('users').select(['id', 'role', 'is_active']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw notFound('No such user.');
  return user;
}

function notSelf(admin: AdminActor, userId: string, what: string) {
  if (admin.userId === userId) throw invalid(`You cannot ${what} your own account here.`);
}

export async function listUsers(db: Kysely<DB>, input: AdminUserListInput) {
  let query = db
    .selectFrom('users')
    .leftJoin('candidates', 'candidates.user_id', 'users.id')
    .leftJoin('recruiters', 'recruiters.user_id', 'users.id');
  if (input.role) query = query.where('users.role', '=', input.role);
  if (input.status) query = query.where('users.is_active', '=', input.status === 'active');
  if (input.q) {
    const like = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('users.email', 'ilike', like),
        eb(sql<string>`coalesce(candidates.first_name || ' ' || candidates.last_name, recruiters.first_name || ' ' || recruiters.last_name, '')`, 'ilike', like),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    query
      .select([
        'users.id',
        'users.email',
        'users.role',
        'users.is_active',
        'users.email_verified_at',
        'users.totp_enabled_at',
        'users.last_login_at',
        'users.created_at',
        sql<string | null>`coalesce(candidates.first_name || ' ' || candidates.last_name, recruiters.first_name || ' ' || recruiters.last_name)`.as('name'),
      ])
      .orderBy('users.created_at', 'desc')
      .orderBy('users.id', 'desc')
      .limit(input.limit)
      .offset(pageOffset(input))
      .execute(),
    query.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.name,
      role: r.role,
      active: r.is_active,
      emailVerified: r.email_verified_at !== null,
      mfaEnabled: r.totp_enabled_at !== null,
      lastLoginAt: r.last_login_at,
      createdAt: r.created_at,
    })),
    pagination: describePage(input, total.count),
  };
}

export async function setUserRole(db: Kysely<DB>, admin: AdminActor, userId: string, role: UserRole) {
  notSelf(admin, userId, 'change the role of');
  const user = await targetUser(db, userId);
  if (user.role === role) return { role: user.role };
  // A role needs its profile: a recruiter belongs to a company, a candidate has a candidate profile.
  if (role !== 'admin') {
    const table = role === 'candidate' ? 'candidates' : 'recruiters';
    const profile = await db.selectFrom(table).select('id').where('user_id', '=', userId).executeTakeFirst();
    if (!profile) {
      throw invalid(`This user has no ${role} profile, so cannot become a ${role}.`);
    }
  }
  await db.updateTable('users').set({ role }).where('id', '=', userId).execute();
  // New privileges (or fewer) take effect at the next sign-in.
  await invalidateUserSessions(db, userId);
  await recordAudit(db, {
    action: 'admin.role_changed',
    actorId: admin.userId,
    targetType: 'user',
    targetId: userId,
    details: { from: user.role, to: role },
    ...admin.origin,
  });
  return { role };
}

export async function deactivateUser(deps: Pick<AppServices, 'db' | 'now'>, admin: AdminActor, userId: string) {
  const { db } = deps;
  notSelf(admin, userId, 'deactivate');
  await targetUser(db, userId);
  await db.updateTable('users').set({ is_active: false, deactivated_at: deps.now() }).where('id', '=', userId).execute();
  const ended = await invalidateUserSessions(db, userId);
  await recordAudit(db, { action: 'admin.user_deactivated', actorId: admin.userId, targetType: 'user', targetId: userId, details: { sessionsEnded: ended }, ...admin.origin });
  return { active: false };
}

export async function reactivateUser(db: Kysely<DB>, admin: AdminActor, userId: string) {
  await targetUser(db, userId);
  await db.updateTable('users').set({ is_active: true, deactivated_at: null }).where('id', '=', userId).execute();
  await recordAudit(db, { action: 'admin.user_reactivated', actorId: admin.userId, targetType: 'user', targetId: userId, ...admin.origin });
  return { active: true };
}

/** Signs a user out everywhere: their sessions and their API tokens (an admin at 2 a.m. means all of it). */
export async function revokeUserSessions(db: Kysely<DB>, admin: AdminActor, userId: string) {
  await targetUser(db, userId);
  const ended = await invalidateUserSessions(db, userId);
  const tokensRevoked = await revokeUserApiTokens(db, userId);
  await recordAudit(db, { action: 'admin.sessions_revoked', actorId: admin.userId, targetType: 'user', targetId: userId, details: { sessionsEnded: ended, tokensRevoked }, ...admin.origin });
  return { ended };
}

/**
 * The first admin (there is never a default one), made from the command line: verified, with MFA still to turn
 * on. Undefined when the email already has an account.
 */
export async function createAdmin(db: Kysely<DB>, email: string, password: string, now: Date): Promise<{ id: string } | undefined> {
  const passwordHash = await hashPassword(password);
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) return undefined;
  const user = await db
    .insertInto('users')
    .values({ email, password_hash: passwordHash, role: 'admin', email_verified_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(db, { action: 'admin.created', actorId: null, targetType: 'user', targetId: user.id, details: { via: 'cli' } });
  return user;
}
