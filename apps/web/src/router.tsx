// The portal's route tree, assembled: the root and layout routes (routes/root.tsx) with each feature's routes
// (features/<domain>/routes.tsx), each with its typed URL state and the data it starts loading early.
// Loaders only start fetches (not awaited): pages render at once with their own loading states, and hovering
// a link warms the cache for the page behind it.
import { parseUrlSearch, stringifyUrlSearch } from '@hotgigs/shared';
import { createRouter } from '@tanstack/react-router';
import {
  accountRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  signInRoute,
  signUpRoute,
  verifyEmailRoute,
} from './features/accounts/routes.tsx';
import { applicantRoute, applicantsRoute, applicationRoute, myApplicationsRoute } from './features/applications/routes.tsx';
import { invitableCandidatesRoute, recommendedRoute } from './features/matching/routes.tsx';
import { adminIndexRoute, adminRoute, adminSkillsRoute, adminUsersRoute } from './features/admin/routes.tsx';
import { accountAlertsRoute, alertsRoute } from './features/alerts/routes.tsx';
import { companyRoute, companySettingsRoute } from './features/companies/routes.tsx';
import { homeRoute } from './features/home/routes.tsx';
import { editJobRoute, jobDetailRoute, newJobRoute, recruiterIndexRoute, recruiterJobsRoute } from './features/jobs/routes.tsx';
import { candidateProfileRoute, profileRoute, resumeReviewRoute } from './features/profile/routes.tsx';
import { notificationsRoute } from './features/notifications/routes.tsx';
import { savedJobsRoute } from './features/saved-jobs/routes.tsx';
import { jobsRoute } from './features/search/routes.tsx';
import type { JobsSearch } from './features/search/search-params.ts';
import { recruiterRoute, rootRoute, signedInRoute, type RouterContext } from './routes/root.tsx';

const routeTree = rootRoute.addChildren([
  homeRoute,
  jobsRoute,
  jobDetailRoute,
  companyRoute,
  signInRoute,
  signUpRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  verifyEmailRoute,
  signedInRoute.addChildren([
    accountRoute,
    accountAlertsRoute,
    savedJobsRoute,
    alertsRoute,
    profileRoute,
    resumeReviewRoute,
    candidateProfileRoute,
    myApplicationsRoute,
    notificationsRoute,
    applicationRoute,
    recommendedRoute,
    recruiterRoute.addChildren([
      recruiterIndexRoute,
      recruiterJobsRoute,
      newJobRoute,
      editJobRoute,
      companySettingsRoute,
      applicantsRoute,
      applicantRoute,
      invitableCandidatesRoute,
    ]),
    adminRoute.addChildren([adminIndexRoute, adminUsersRoute, adminSkillsRoute]),
  ]),
]);

export function createAppRouter(context: RouterContext) {
  return createRouter({
    routeTree,
    context,
    scrollRestoration: true,
    defaultPreload: 'intent',
    // TanStack Query decides freshness; the router must always call the loader so it can ask.
    defaultPreloadStaleTime: 0,
    // Readable query strings for every page (`/jobs?q="data engineer" -senior&remote=remote`), not the router's
    // default JSON (`q=%22rust%22`, `remote=%5B%22remote%22%5D`), which they still read: the rule is in
    // packages/shared/src/url-search.ts and docs/search.md ("The search page's URL").
    parseSearch: parseUrlSearch,
    stringifySearch: stringifyUrlSearch,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
  interface HistoryState {
    /** The list a job page was opened from, so its "Back to results" link returns to the same page. */
    fromJobs?: JobsSearch;
    /** A one-line confirmation shown at the top of the next page: "You are signed out." */
    notice?: string;
  }
}
