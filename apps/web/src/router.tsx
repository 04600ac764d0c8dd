// The portal's routes, declared in code: each with its typed URL state and the data it starts loading early.
import { companyBySlugInput, jobId as jobIdSchema } from '@hotgigs/shared';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  stripSearchParams,
  type ParsedLocation,
} from '@tanstack/react-router';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { AppLayout } from './components/AppLayout.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { RecruiterLayout } from './components/RecruiterLayout.tsx';
import { RouteErrorState } from './components/RouteErrorState.tsx';
import { SignedInLayout } from './components/SignedInLayout.tsx';
import { AccountPage } from './features/accounts/AccountPage.tsx';
import { ForgotPasswordPage } from './features/accounts/ForgotPasswordPage.tsx';
import { ResetPasswordPage } from './features/accounts/ResetPasswordPage.tsx';
import { emailTokenSearchSchema, signInSearchSchema, signUpSearchSchema } from './features/accounts/search-params.ts';
import { SignInPage } from './features/accounts/SignInPage.tsx';
import { SignUpPage } from './features/accounts/SignUpPage.tsx';
import { VerifyEmailPage } from './features/accounts/VerifyEmailPage.tsx';
import { AdminUsersPage } from './features/admin/AdminUsersPage.tsx';
import { ADMIN_USERS_SEARCH_DEFAULTS, adminUsersSearchSchema } from './features/admin/search-params.ts';
import { AlertsPage } from './features/alerts/AlertsPage.tsx';
import { CompanyPage } from './features/companies/CompanyPage.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { JobDetailPage } from './features/jobs/JobDetailPage.tsx';
import { RECRUITER_JOBS_PAGE_SIZE, RECRUITER_JOBS_SEARCH_DEFAULTS, recruiterJobsSearchSchema } from './features/jobs/search-params.ts';
import { SavedJobsPage } from './features/saved-jobs/SavedJobsPage.tsx';
import { SAVED_JOBS_PAGE_SIZE, SAVED_JOBS_SEARCH_DEFAULTS, savedJobsSearchSchema } from './features/saved-jobs/search-params.ts';
import { JobsPage } from './features/search/JobsPage.tsx';
import { JOBS_PAGE_SIZE, JOBS_SEARCH_DEFAULTS, jobsSearchSchema, toJobSearchInput, type JobsSearch } from './features/search/search-params.ts';
import { isUnauthorized } from './lib/api-error.ts';
import { SESSION_QUERY_KEY, sessionQueryOptions } from './lib/session.ts';
import type { Account, ApiClient, AppRouter } from './lib/trpc.ts';

export interface RouterContext {
  queryClient: QueryClient;
  trpc: TRPCOptionsProxy<AppRouter>;
  apiClient: ApiClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

// Loaders only start fetches (not awaited): pages render at once with their own loading states, and hovering
// a link warms the cache for the page behind it.
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: HomePage,
  loader: ({ context: { queryClient, trpc } }) => {
    void queryClient.prefetchQuery(trpc.job.list.queryOptions({ page: 1, limit: JOBS_PAGE_SIZE }));
  },
});

const jobsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/jobs',
  validateSearch: jobsSearchSchema,
  search: { middlewares: [stripSearchParams(JOBS_SEARCH_DEFAULTS)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) => {
    void queryClient.prefetchQuery(trpc.job.search.queryOptions(toJobSearchInput(deps)));
  },
  component: JobsPage,
});

const jobDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/jobs/$jobId',
  loader: ({ context: { queryClient, trpc }, params }) => {
    if (jobIdSchema.safeParse(params.jobId).success) {
      void queryClient.prefetchQuery(trpc.job.byId.queryOptions({ id: params.jobId }));
    }
  },
  component: JobDetailPage,
});

const companyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/companies/$slug',
  loader: ({ context: { queryClient, trpc }, params }) => {
    const input = companyBySlugInput.safeParse({ slug: params.slug });
    if (input.success) void queryClient.prefetchQuery(trpc.company.get.queryOptions(input.data));
  },
  component: CompanyPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearchSchema,
  component: SignInPage,
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: signUpSearchSchema,
  component: SignUpPage,
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: emailTokenSearchSchema,
  component: ResetPasswordPage,
});

const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-email',
  validateSearch: emailTokenSearchSchema,
  component: VerifyEmailPage,
});

/** Pages behind this layout need a session: without one, sign in first and come back (see SignInPage). */
async function requireSignIn({ context, location }: { context: RouterContext; location: ParsedLocation }) {
  let account;
  try {
    account = await context.queryClient.ensureQueryData(sessionQueryOptions(context.apiClient));
  } catch (error) {
    // The session query maps UNAUTHORIZED to null; this is a fallback should a caller skip that mapping.
    if (!isUnauthorized(error)) throw error;
  }
  if (!account) throw redirect({ to: '/sign-in', search: { redirect: location.href }, replace: true });
}

const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: requireSignIn,
  component: SignedInLayout,
  errorComponent: RouteErrorState,
});

const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/account',
  component: AccountPage,
});

const savedJobsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/saved-jobs',
  validateSearch: savedJobsSearchSchema,
  search: { middlewares: [stripSearchParams(SAVED_JOBS_SEARCH_DEFAULTS)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) => {
    void queryClient.prefetchQuery(trpc.savedJob.list.queryOptions({ page: deps.page, limit: SAVED_JOBS_PAGE_SIZE }));
  },
  component: SavedJobsPage,
});

const alertsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/alerts',
  loader: ({ context: { queryClient, trpc } }) => {
    void queryClient.prefetchQuery(trpc.alert.list.queryOptions());
  },
  component: AlertsPage,
});

/** The "manage your alerts" link in alert emails. */
const accountAlertsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/account/alerts',
  beforeLoad: () => {
    throw redirect({ to: '/alerts', replace: true });
  },
});

// The recruiter's pages come in their own chunks (the job editor brings a rich text editor): candidates never
// download them. Their loaders prefetch only for recruiters, whom the API would not refuse.
const isRecruiter = (queryClient: QueryClient) =>
  queryClient.getQueryData<Account | null>(SESSION_QUERY_KEY)?.profile?.kind === 'recruiter';

const recruiterRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/recruiter',
  component: RecruiterLayout,
});

const recruiterIndexRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/recruiter/jobs', replace: true });
  },
});

const recruiterJobsRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/jobs',
  validateSearch: recruiterJobsSearchSchema,
  search: { middlewares: [stripSearchParams(RECRUITER_JOBS_SEARCH_DEFAULTS)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) => {
    if (!isRecruiter(queryClient)) return;
    void queryClient.prefetchQuery(
      trpc.jobEditor.mine.queryOptions({ page: deps.page, limit: RECRUITER_JOBS_PAGE_SIZE, status: deps.status }),
    );
  },
  component: lazyRouteComponent(() => import('./features/jobs/RecruiterJobsPage.tsx'), 'RecruiterJobsPage'),
});

const newJobRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/jobs/new',
  component: lazyRouteComponent(() => import('./features/jobs/JobEditorPage.tsx'), 'NewJobPage'),
});

const editJobRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/jobs/$jobId/edit',
  loader: ({ context: { queryClient, trpc }, params }) => {
    if (isRecruiter(queryClient) && jobIdSchema.safeParse(params.jobId).success) {
      void queryClient.prefetchQuery(trpc.jobEditor.get.queryOptions({ id: params.jobId }));
    }
  },
  component: lazyRouteComponent(() => import('./features/jobs/JobEditorPage.tsx'), 'EditJobPage'),
});

const companySettingsRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/company',
  component: lazyRouteComponent(() => import('./features/companies/CompanySettingsPage.tsx'), 'CompanySettingsPage'),
});

const adminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin',
});

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/admin/users', replace: true });
  },
});

const adminUsersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users',
  validateSearch: adminUsersSearchSchema,
  search: { middlewares: [stripSearchParams(ADMIN_USERS_SEARCH_DEFAULTS)] },
  component: AdminUsersPage,
});

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
    recruiterRoute.addChildren([recruiterIndexRoute, recruiterJobsRoute, newJobRoute, editJobRoute, companySettingsRoute]),
    adminRoute.addChildren([adminIndexRoute, adminUsersRoute]),
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
