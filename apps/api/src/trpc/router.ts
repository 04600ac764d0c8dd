// The root router: one entry per domain (their routers live in domains/<domain>/router.ts).
import { accountRouter, authRouter, mfaRouter } from '../domains/accounts/router.ts';
import { adminRouter } from '../domains/admin/router.ts';
import { alertRouter } from '../domains/alerts/router.ts';
import { applicationRouter, pipelineRouter } from '../domains/applications/router.ts';
import { companyRouter } from '../domains/companies/router.ts';
import { jobEditorRouter, jobRouter } from '../domains/jobs/router.ts';
import { matchRouter } from '../domains/matching/router.ts';
import { notificationRouter } from '../domains/notifications/router.ts';
import { profileRouter } from '../domains/profiles/router.ts';
import { resumeRouter } from '../domains/resumes/router.ts';
import { savedJobRouter } from '../domains/saved-jobs/router.ts';
import { skillRouter } from '../domains/skills/router.ts';
import { router } from './init.ts';

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
  profile: profileRouter,
  resume: resumeRouter,
  application: applicationRouter,
  pipeline: pipelineRouter,
  notification: notificationRouter,
  match: matchRouter,
});

export type AppRouter = typeof appRouter;
