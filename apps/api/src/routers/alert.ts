// Candidates' job alerts: saved searches emailed as a daily or weekly digest of new jobs.
import { alertCreateInput, alertIdInput, alertUpdateInput } from '@hotgigs/shared';
import { createAlert, deleteAlert, listAlerts, updateAlert } from '../services/alerts.ts';
import { candidateIdOf } from '../services/saved-jobs.ts';
import { roleProcedure, router } from '../trpc.ts';

const candidateProcedure = roleProcedure('candidate');

export const alertRouter = router({
  list: candidateProcedure.query(async ({ ctx }) => listAlerts(ctx.db, await candidateIdOf(ctx.db, ctx.user.id))),

  create: candidateProcedure
    .input(alertCreateInput)
    .mutation(async ({ ctx, input }) => createAlert(ctx.db, await candidateIdOf(ctx.db, ctx.user.id), input, ctx.now())),

  update: candidateProcedure
    .input(alertUpdateInput)
    .mutation(async ({ ctx, input }) => updateAlert(ctx.db, await candidateIdOf(ctx.db, ctx.user.id), input, ctx.now())),

  delete: candidateProcedure.input(alertIdInput).mutation(async ({ ctx, input }) => {
    await deleteAlert(ctx.db, await candidateIdOf(ctx.db, ctx.user.id), input.id);
    return { id: input.id, deleted: true as const };
  }),
});
