// The front page's route.
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../routes/root.tsx';
import { JOBS_PAGE_SIZE } from '../search/search-params.ts';
import { HomePage } from './HomePage.tsx';

export const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: HomePage,
  loader: ({ context: { queryClient, trpc } }) => {
    void queryClient.prefetchQuery(trpc.job.list.queryOptions({ page: 1, limit: JOBS_PAGE_SIZE }));
  },
});
