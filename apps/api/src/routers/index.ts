// The root router: one entry per domain.
import { router } from '../trpc.ts';
import { jobRouter } from './job.ts';

export const appRouter = router({
  job: jobRouter,
});

export type AppRouter = typeof appRouter;
