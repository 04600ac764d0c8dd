// Admins look after people's accounts: find users, change a role, deactivate and reactivate, end sessions.
import { sql } from 'kysely';
import { adminUserListInput, describePage, pageOffset, setRoleInput, userIdInput } from '@hotgigs/shared';
import { recordAudit } from '../auth/audit.ts';
import { invalidateUserSessions } from '../auth/sessions.ts';
import type { Context } from '../context.ts';
import { roleProcedure, router, TRPCError } from '../trpc.ts';

const adminProcedure = roleProcedure('admin');

async function targetUser(ctx: Context, userId: string) {
  const user = await ctx.db.selectFrom('users').select(['id', 'role', 'is_active']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such user.' });
  return user;
}

function notSelf(ctx: Context & { user: { id: string } }, userId: string, what: string) {
  if (ctx.user.id === userId) throw new TRPCError({ code: 'BAD_REQUEST', message: `You cannot ${what} your own account here.` });
}

export const adminRouter = router({
  users: router({
    list: adminProcedure.input(adminUserListInput).query(async ({ ctx, input }) => {
      let query = ctx.db
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
    }),

    setRole: adminProcedure.input(setRoleInput).mutation(async ({ ctx, input }) => {
      notSelf(ctx, input.userId, 'change the role of');
      const user = await targetUser(ctx, input.userId);
      if (user.role === input.role) return { role: user.role };
      // A role needs its profile: a recruiter belongs to a company, a candidate has a candidate profile.
      if (input.role !== 'admin') {
        const table = input.role === 'candidate' ? 'candidates' : 'recruiters';
        const profile = await ctx.db.selectFrom(table).select('id').where('user_id', '=', input.userId).executeTakeFirst();
        if (!profile) {
          throw new TRPCError({ code: 'BAD_REQUEST', message: `This user has no ${input.role} profile, so cannot become a ${input.role}.` });
        }
      }
      await ctx.db.updateTable('users').set({ role: input.role }).where('id', '=', input.userId).execute();
      // New privileges (or fewer) take effect at the next sign-in.
      await invalidateUserSessions(ctx.db, input.userId);
      await recordAudit(ctx.db, {
        action: 'admin.role_changed',
        actorId: ctx.user.id,
        targetType: 'user',
        targetId: input.userId,
        details: { from: user.role, to: input.role },
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      });
      return { role: input.role };
    }),

    deactivate: adminProcedure.input(userIdInput).mutation(async ({ ctx, input }) => {
      notSelf(ctx, input.userId, 'deactivate');
      await targetUser(ctx, input.userId);
      await ctx.db.updateTable('users').set({ is_active: false, deactivated_at: ctx.now() }).where('id', '=', input.userId).execute();
      const ended = await invalidateUserSessions(ctx.db, input.userId);
      await recordAudit(ctx.db, { action: 'admin.user_deactivated', actorId: ctx.user.id, targetType: 'user', targetId: input.userId, details: { sessionsEnded: ended }, ip: ctx.ip, userAgent: ctx.userAgent });
      return { active: false };
    }),

    reactivate: adminProcedure.input(userIdInput).mutation(async ({ ctx, input }) => {
      await targetUser(ctx, input.userId);
      await ctx.db.updateTable('users').set({ is_active: true, deactivated_at: null }).where('id', '=', input.userId).execute();
      await recordAudit(ctx.db, { action: 'admin.user_reactivated', actorId: ctx.user.id, targetType: 'user', targetId: input.userId, ip: ctx.ip, userAgent: ctx.userAgent });
      return { active: true };
    }),

    revokeSessions: adminProcedure.input(userIdInput).mutation(async ({ ctx, input }) => {
      await targetUser(ctx, input.userId);
      const ended = await invalidateUserSessions(ctx.db, input.userId);
      await recordAudit(ctx.db, { action: 'admin.sessions_revoked', actorId: ctx.user.id, targetType: 'user', targetId: input.userId, details: { sessionsEnded: ended }, ip: ctx.ip, userAgent: ctx.userAgent });
      return { ended };
    }),
  }),
});
