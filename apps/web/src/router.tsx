// The portal's routes, declared in code: each with its typed URL state and the data it starts loading early.
import { jobId as jobIdSchema } from '@hotgigs/shared';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  stripSearchParams,
} from '@tanstack/react-router';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { AppLayout } from './components/AppLayout.tsx';
import type { AppRouter } from './lib/trpc.ts';
import { JOBS_PAGE_SIZE, JOBS_SEARCH_DEFAULTS, jobsSearchSchema, type JobsSearch } from './lib/search-params.ts';
import { HomePage } from './pages/HomePage.tsx';
import { JobDetailPage } from './pages/JobDetailPage.tsx';
import { JobsPage } from './pages/JobsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

export interface RouterContext {
  queryClient: QueryClient;
  trpc: TRPCOptionsProxy<AppRouter>;
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
  loaderDeps: ({ search }) => ({ page: search.page }),
  loader: ({ context: { queryClient, trpc }, deps }) => {
    void queryClient.prefetchQuery(trpc.job.list.queryOptions({ page: deps.page, limit: JOBS_PAGE_SIZE }));
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

const routeTree = rootRoute.addChildren([homeRoute, jobsRoute, jobDetailRoute]);

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
  }
}
