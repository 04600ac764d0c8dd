// The applications' routes, behind sign-in and in their own chunks: the candidate's applications and one of them;
// under the recruiter's layout, a job's applicants (board and table) and one applicant in full.
import { applicationId, jobId } from '@hotgigs/shared';
import type { QueryClient } from '@tanstack/react-query';
import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import { SESSION_QUERY_KEY } from '../../lib/session.ts';
import type { Account } from '../../lib/trpc.ts';
import { recruiterRoute, signedInRoute } from '../../routes/root.tsx';
import {
  APPLICANTS_PAGE_SIZE,
  APPLICANTS_SEARCH_DEFAULTS,
  applicantsSearchSchema,
  MY_APPLICATIONS_PAGE_SIZE,
  MY_APPLICATIONS_SEARCH_DEFAULTS,
  myApplicationsSearchSchema,
} from './search-params.ts';

// Loaders prefetch only for whom the API would answer.
const roleOf = (queryClient: QueryClient) => queryClient.getQueryData<Account | null>(SESSION_QUERY_KEY)?.user.role;
const isRecruiter = (queryClient: QueryClient) => queryClient.getQueryData<Account | null>(SESSION_QUERY_KEY)?.profile?.kind === 'recruiter';

export const myApplicationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/applications',
  validateSearch: myApplicationsSearchSchema,
  search: { middlewares: [stripSearchParams(MY_APPLICATIONS_SEARCH_DEFAULTS)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) => {
    if (roleOf(queryClient) !== 'candidate') return;
    void queryClient.prefetchQuery(trpc.application.mine.queryOptions({ page: deps.page, limit: MY_APPLICATIONS_PAGE_SIZE, state: deps.state }));
  },
  component: lazyRouteComponent(() => import('./MyApplicationsPage.tsx'), 'MyApplicationsPage'),
});

export const applicationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/applications/$applicationId',
  loader: ({ context: { queryClient, trpc }, params }) => {
    if (roleOf(queryClient) !== 'candidate' || !applicationId.safeParse(params.applicationId).success) return;
    void queryClient.prefetchQuery(trpc.application.get.queryOptions({ id: params.applicationId }));
  },
  component: lazyRouteComponent(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
});

export const applicantsRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/jobs/$jobId/applicants',
  validateSearch: applicantsSearchSchema,
  search: { middlewares: [stripSearchParams(APPLICANTS_SEARCH_DEFAULTS)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, params, deps }) => {
    if (!isRecruiter(queryClient) || !jobId.safeParse(params.jobId).success) return;
    void queryClient.prefetchQuery(trpc.jobEditor.get.queryOptions({ id: params.jobId }));
    if (deps.view === 'board') void queryClient.prefetchQuery(trpc.pipeline.board.queryOptions({ id: params.jobId }));
    else {
      void queryClient.prefetchQuery(
        trpc.pipeline.applicants.queryOptions({ id: params.jobId, page: deps.page, limit: APPLICANTS_PAGE_SIZE, status: deps.status, sort: deps.sort }),
      );
    }
  },
  component: lazyRouteComponent(() => import('./ApplicantsPage.tsx'), 'ApplicantsPage'),
});

export const applicantRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/applications/$applicationId',
  loader: ({ context: { queryClient, trpc }, params }) => {
    if (!isRecruiter(queryClient) || !applicationId.safeParse(params.applicationId).success) return;
    void queryClient.prefetchQuery(trpc.pipeline.applicant.queryOptions({ id: params.applicationId }));
  },
  component: lazyRouteComponent(() => import('./ApplicantPage.tsx'), 'ApplicantPage'),
});
