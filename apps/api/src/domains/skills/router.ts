// The skills taxonomy over tRPC. Reading it is public (it is); adding a skill needs an account that uses skills.
import { skillSearchInput, skillSlugInput, skillSuggestInput } from '@hotgigs/shared';
import { originOf, type Context } from '../../trpc/context.ts';
import { router } from '../../trpc/init.ts';
import { publicProcedure, roleProcedure } from '../../trpc/procedures.ts';
import { getSkill, searchSkills, suggestSkill, type SkillViewer } from './service.ts';

/** Signed-in callers see their own pending skills; everyone else the approved taxonomy. */
const viewerOf = (ctx: Context): SkillViewer => (ctx.auth?.session.mfa_verified ? ctx.auth.user.id : null);

export const skillRouter = router({
  search: publicProcedure.input(skillSearchInput).query(({ ctx, input }) => searchSkills(ctx.db, input, viewerOf(ctx))),
  get: publicProcedure.input(skillSlugInput).query(({ ctx, input }) => getSkill(ctx.db, input.slug, viewerOf(ctx))),
  suggest: roleProcedure('candidate', 'recruiter')
    .input(skillSuggestInput)
    .mutation(({ ctx, input }) => suggestSkill(ctx.db, { userId: ctx.user.id, origin: originOf(ctx) }, input.name, ctx.now())),
});
