// The companies' routes: a company's public page, and its profile settings under the recruiter's layout.
import { companyBySlugInput } from '@hotgigs/shared';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { recruiterRoute, rootRoute } from '../../routes/root.tsx';
import { CompanyPage } from './CompanyPage.tsx';

export const companyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/companies/$slug',
  loader: ({ context: { queryClient, trpc }, params }) => {
    const input = companyBySlugInput.safeParse({ slug: params.slug });
    if (input.success) void queryClient.prefetchQuery(trpc.company.get.queryOptions(input.data));
  },
  component: CompanyPage,
});

/** A recruiter's page: loaded lazily, in its own chunk (see recruiterRoute). */
export const companySettingsRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/company',
  component: lazyRouteComponent(() => import('./CompanySettingsPage.tsx'), 'CompanySettingsPage'),
});
