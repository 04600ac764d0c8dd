// In-app notifications over tRPC: each signed-in user's own.
import { notificationIdInput, notificationListInput } from '@hotgigs/shared';
import { router } from '../../trpc/init.ts';
import { notificationOwnerProcedure, signedInProcedure } from '../../trpc/procedures.ts';
import { listNotifications, markAllRead, markRead } from './service.ts';

export const notificationRouter = router({
  list: signedInProcedure
    .input(notificationListInput.default({ page: 1, limit: 20, unreadOnly: false }))
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),

  markRead: notificationOwnerProcedure(notificationIdInput).mutation(async ({ ctx }) => {
    await markRead(ctx.db, ctx.notification.id, ctx.now());
    return { id: ctx.notification.id, read: true as const };
  }),

  markAllRead: signedInProcedure.mutation(({ ctx }) => markAllRead(ctx.db, ctx.user.id, ctx.now())),
});
