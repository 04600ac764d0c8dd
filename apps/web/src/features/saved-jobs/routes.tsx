// The saved jobs page's route, behind sign-in.
import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root.tsx';
import { SAVED_JOBS_PAGE_SIZE, SAVED_JOBS_SEARCH_DEFAULTS, savedJobsSearchSchema } from './search-params.ts';

export const savedJobsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/saved-jobs',
  validateSearch: savedJobsSearchSchema,
  search: { middlewares: [stripSearchParams(SAVED_JOBS_SEARCH_DEFAULTS)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) => {
    void queryClient.prefetchQuery(trpc.savedJob.list.queryOptions({ page: deps.page, limit: SAVED_JOBS_PAGE_SIZE }));
  },
  component: lazyRouteComponent(() => import('./SavedJobsPage.tsx'), 'SavedJobsPage'),
});
