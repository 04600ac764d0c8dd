// The root router: one entry per domain.
import { router } from '../trpc.ts';
import { accountRouter } from './account.ts';
import { adminRouter } from './admin.ts';
import { alertRouter } from './alert.ts';
import { authRouter } from './auth.ts';
import { companyRouter } from './company.ts';
import { jobRouter } from './job.ts';
import { jobEditorRouter } from './job-editor.ts';
import { mfaRouter } from './mfa.ts';
import { savedJobRouter } from './saved-job.ts';
import { skillRouter } from './skill.ts';

export const appRouter = router({
  auth: authRouter,
  mfa: mfaRouter,
  account: accountRouter,
  admin: adminRouter,
  company: companyRouter,
  job: jobRouter,
  jobEditor: jobEditorRouter,
  skill: skillRouter,
  savedJob: savedJobRouter,
  alert: alertRouter,
});

export type AppRouter = typeof appRouter;
