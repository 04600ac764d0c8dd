// The root router: one entry per domain.
import { router } from '../trpc.ts';
import { accountRouter } from './account.ts';
import { adminRouter } from './admin.ts';
import { authRouter } from './auth.ts';
import { companyRouter } from './company.ts';
import { jobRouter } from './job.ts';
import { mfaRouter } from './mfa.ts';

export const appRouter = router({
  auth: authRouter,
  mfa: mfaRouter,
  account: accountRouter,
  admin: adminRouter,
  company: companyRouter,
  job: jobRouter,
});

export type AppRouter = typeof appRouter;
