// The skills taxonomy over tRPC: autocomplete for the job editor (and later, profiles). Public: the taxonomy is.
import { skillSearchInput } from '@hotgigs/shared';
import { router } from '../../trpc/init.ts';
import { publicProcedure } from '../../trpc/procedures.ts';
import { searchSkills } from './service.ts';

export const skillRouter = router({
  search: publicProcedure.input(skillSearchInput).query(({ ctx, input }) => searchSkills(ctx.db, input)),
});
