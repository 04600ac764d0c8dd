// The job search's route: /jobs with the whole search in its URL.
import { createRoute, stripSearchParams } from '@tanstack/react-router';
import { rootRoute } from '../../routes/root.tsx';
import { JobsPage } from './JobsPage.tsx';
import { JOBS_SEARCH_DEFAULTS, jobsSearchSchema, toJobSearchInput } from './search-params.ts';

export const jobsRoute = createRoute({
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
