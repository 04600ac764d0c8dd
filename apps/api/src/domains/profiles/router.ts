// Candidate profiles over tRPC (docs/profiles.md): a candidate reads and edits their own; recruiters and admins
// read one whose visibility allows it, without contact details.
import { candidateIdInput, profileUpdateInput } from '@hotgigs/shared';
import { originOf } from '../../trpc/context.ts';
import { router } from '../../trpc/init.ts';
import { candidateProcedure, roleProcedure } from '../../trpc/procedures.ts';
import { getOwnProfile, profileForRecruiter, updateOwnProfile } from './service.ts';

export const profileRouter = router({
  get: candidateProcedure.query(({ ctx }) => getOwnProfile(ctx.db, ctx.candidateId)),

  update: candidateProcedure
    .input(profileUpdateInput)
    .mutation(({ ctx, input }) => updateOwnProfile(ctx.db, { userId: ctx.user.id, candidateId: ctx.candidateId }, input, originOf(ctx))),

  byId: roleProcedure('recruiter', 'admin')
    .input(candidateIdInput)
    .query(({ ctx, input }) => profileForRecruiter(ctx.db, input.candidateId)),
});
