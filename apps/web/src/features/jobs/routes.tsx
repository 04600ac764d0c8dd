// The jobs' routes: a job's public page, and the recruiter's dashboard and job editor under the recruiter's layout.
import { jobId as jobIdSchema } from '@hotgigs/shared';
import type { QueryClient } from '@tanstack/react-query';
import { createRoute, lazyRouteComponent, redirect, stripSearchParams } from '@tanstack/react-router';
import { SESSION_QUERY_KEY } from '../../lib/session.ts';
import type { Account } from '../../lib/trpc.ts';
import { recruiterRoute, rootRoute } from '../../routes/root.tsx';
import { JobDetailPage } from './JobDetailPage.tsx';
import { RECRUITER_JOBS_PAGE_SIZE, RECRUITER_JOBS_SEARCH_DEFAULTS, recruiterJobsSearchSchema } from './search-params.ts';

export const jobDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/jobs/$jobId',
  loader: ({ context: { queryClient, trpc }, params }) => {
    if (jobIdSchema.safeParse(params.jobId).success) {
      void queryClient.prefetchQuery(trpc.job.byId.queryOptions({ id: params.jobId }));
    }
  },
  component: JobDetailPage,
});

// The recruiter's pages load lazily, in their own chunks (see recruiterRoute). Their loaders prefetch only for
// recruiters, whom the API would not refuse.
const isRecruiter = (queryClient: QueryClient) =>
  queryClient.getQueryData<Account | null>(SESSION_QUERY_KEY)?.profile?.kind === 'recruiter';

export const recruiterIndexRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/recruiter/jobs', replace: true });
  },
});

export const recruiterJobsRoute = createRoute({
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
  component: lazyRouteComponent(() => import('./RecruiterJobsPage.tsx'), 'RecruiterJobsPage'),
});

export const newJobRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/jobs/new',
  component: lazyRouteComponent(() => import('./JobEditorPage.tsx'), 'NewJobPage'),
});

export const editJobRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/jobs/$jobId/edit',
  loader: ({ context: { queryClient, trpc }, params }) => {
    if (isRecruiter(queryClient) && jobIdSchema.safeParse(params.jobId).success) {
      void queryClient.prefetchQuery(trpc.jobEditor.get.queryOptions({ id: params.jobId }));
    }
  },
  component: lazyRouteComponent(() => import('./JobEditorPage.tsx'), 'EditJobPage'),
});
