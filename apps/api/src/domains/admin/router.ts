// Admin screens over tRPC: every procedure is for admins with two-factor authentication on.
import { adminUserListInput, setRoleInput, skillRejectInput, skillReviewInput, userIdInput } from '@hotgigs/shared';
import { router } from '../../trpc/init.ts';
import { originOf, type Context } from '../../trpc/context.ts';
import { adminProcedure } from '../../trpc/procedures.ts';
import { approveSkill, pendingSkills, rejectSkill } from '../skills/service.ts';
import { deactivateUser, listUsers, reactivateUser, revokeUserSessions, setUserRole, type AdminActor } from './service.ts';

const actor = (ctx: Context & { user: { id: string } }): AdminActor => ({ userId: ctx.user.id, origin: originOf(ctx) });

export const adminRouter = router({
  users: router({
    list: adminProcedure.input(adminUserListInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
    setRole: adminProcedure.input(setRoleInput).mutation(({ ctx, input }) => setUserRole(ctx.db, actor(ctx), input.userId, input.role)),
    deactivate: adminProcedure.input(userIdInput).mutation(({ ctx, input }) => deactivateUser(ctx, actor(ctx), input.userId)),
    reactivate: adminProcedure.input(userIdInput).mutation(({ ctx, input }) => reactivateUser(ctx.db, actor(ctx), input.userId)),
    revokeSessions: adminProcedure.input(userIdInput).mutation(({ ctx, input }) => revokeUserSessions(ctx.db, actor(ctx), input.userId)),
  }),
  /** Skills users added: approve them for everyone, reject them, or merge them into the skill they duplicate. */
  skills: router({
    pending: adminProcedure.query(({ ctx }) => pendingSkills(ctx.db)),
    approve: adminProcedure.input(skillReviewInput).mutation(({ ctx, input }) => approveSkill(ctx.db, actor(ctx), input.id)),
    reject: adminProcedure.input(skillRejectInput).mutation(({ ctx, input }) => rejectSkill(ctx.db, actor(ctx), input.id, input.mergeInto)),
  }),
});
