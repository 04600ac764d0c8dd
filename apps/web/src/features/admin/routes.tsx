// The admin's routes, behind sign-in: /admin leads to the users page; /admin/skills reviews added skills.
import { createRoute, lazyRouteComponent, redirect, stripSearchParams } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root.tsx';
import { ADMIN_USERS_SEARCH_DEFAULTS, adminUsersSearchSchema } from './search-params.ts';

export const adminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin',
});

export const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/admin/users', replace: true });
  },
});

export const adminUsersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users',
  validateSearch: adminUsersSearchSchema,
  search: { middlewares: [stripSearchParams(ADMIN_USERS_SEARCH_DEFAULTS)] },
  component: lazyRouteComponent(() => import('./AdminUsersPage.tsx'), 'AdminUsersPage'),
});

export const adminSkillsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/skills',
  component: lazyRouteComponent(() => import('./AdminSkillsPage.tsx'), 'AdminSkillsPage'),
});
