// The alerts page's route, behind sign-in, and the old address alert emails link to.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root.tsx';

export const alertsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/alerts',
  loader: ({ context: { queryClient, trpc } }) => {
    void queryClient.prefetchQuery(trpc.alert.list.queryOptions());
  },
  component: lazyRouteComponent(() => import('./AlertsPage.tsx'), 'AlertsPage'),
});

/** The "manage your alerts" link in alert emails. */
export const accountAlertsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/account/alerts',
  beforeLoad: () => {
    throw redirect({ to: '/alerts', replace: true });
  },
});
