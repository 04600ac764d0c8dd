// Candidates' job alerts over tRPC: saved searches emailed as a daily or weekly digest of new jobs. A candidate
// reaches only their own alerts (candidateProcedure and alertOwnerProcedure bind them).
import { alertCreateInput, alertIdInput, alertUpdateInput } from '@hotgigs/shared';
import { router } from '../../trpc/init.ts';
import { alertOwnerProcedure, candidateProcedure } from '../../trpc/procedures.ts';
import { createAlert, deleteAlert, listAlerts, updateAlert } from './service.ts';

export const alertRouter = router({
  list: candidateProcedure.query(({ ctx }) => listAlerts(ctx.db, ctx.candidateId)),

  create: candidateProcedure.input(alertCreateInput).mutation(({ ctx, input }) => createAlert(ctx.db, ctx.candidateId, input, ctx.now())),

  update: alertOwnerProcedure(alertUpdateInput).mutation(({ ctx, input }) => updateAlert(ctx.db, ctx.alert, input, ctx.now())),

  delete: alertOwnerProcedure(alertIdInput).mutation(async ({ ctx }) => {
    await deleteAlert(ctx.db, ctx.alert);
    return { id: ctx.alert, deleted: true as const };
  }),
});
