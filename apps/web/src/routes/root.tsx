// The routes the features hang theirs from: the root (the frame around every page), the layout of the pages that
// need a session, and the recruiter's layout. Feature route files import these for getParentRoute; router.tsx
// assembles the tree.
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, redirect, type ParsedLocation } from '@tanstack/react-router';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { AppLayout } from '../components/AppLayout.tsx';
import { NotFoundPage } from '../components/NotFoundPage.tsx';
import { RecruiterLayout } from '../components/RecruiterLayout.tsx';
import { RouteErrorState } from '../components/RouteErrorState.tsx';
import { SignedInLayout } from '../components/SignedInLayout.tsx';
import { isUnauthorized } from '../lib/api-error.ts';
import { sessionQueryOptions } from '../lib/session.ts';
import type { ApiClient, AppRouter } from '../lib/trpc.ts';

export interface RouterContext {
  queryClient: QueryClient;
  trpc: TRPCOptionsProxy<AppRouter>;
  apiClient: ApiClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

/** Pages behind this layout need a session: without one, sign in first and come back (see SignInPage). */
async function requireSignIn({ context, location }: { context: RouterContext; location: ParsedLocation }) {
  let account;
  try {
    account = await context.queryClient.ensureQueryData(sessionQueryOptions(context.apiClient));
  } catch (error) {
    // The session query maps UNAUTHORIZED to null; this is a fallback should a caller skip that mapping.
    if (!isUnauthorized(error)) throw error;
  }
  if (!account) throw redirect({ to: '/sign-in', search: { redirect: location.href }, replace: true });
}

export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: requireSignIn,
  component: SignedInLayout,
  errorComponent: RouteErrorState,
});

// The recruiter's pages (features/jobs and features/companies) come in their own chunks (the job editor brings a
// rich text editor): candidates never download them.
export const recruiterRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/recruiter',
  component: RecruiterLayout,
});
