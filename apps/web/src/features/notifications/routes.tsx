// The notifications page's route, behind sign-in.
import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root.tsx';
import { NOTIFICATIONS_PAGE_SIZE, NOTIFICATIONS_SEARCH_DEFAULTS, notificationsSearchSchema } from './search-params.ts';

export const notificationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/notifications',
  validateSearch: notificationsSearchSchema,
  search: { middlewares: [stripSearchParams(NOTIFICATIONS_SEARCH_DEFAULTS)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) => {
    void queryClient.prefetchQuery(trpc.notification.list.queryOptions({ page: deps.page, limit: NOTIFICATIONS_PAGE_SIZE, unreadOnly: false }));
  },
  component: lazyRouteComponent(() => import('./NotificationsPage.tsx'), 'NotificationsPage'),
});
