// Matching's routes, behind sign-in and in their own chunks: a candidate's recommended jobs; under the recruiter's
// layout, the candidates a recruiter could invite to one of their jobs.
import { jobId } from '@hotgigs/shared';
import type { QueryClient } from '@tanstack/react-query';
import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import { SESSION_QUERY_KEY } from '../../lib/session.ts';
import type { Account } from '../../lib/trpc.ts';
import { recruiterRoute, signedInRoute } from '../../routes/root.tsx';
import { INVITE_LIMIT } from './invite.ts';
import { RECOMMENDED_SEARCH_DEFAULTS, recommendedInput, recommendedSearchSchema } from './search-params.ts';

const accountOf = (queryClient: QueryClient) => queryClient.getQueryData<Account | null>(SESSION_QUERY_KEY);

export const recommendedRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/recommended',
  validateSearch: recommendedSearchSchema,
  search: { middlewares: [stripSearchParams(RECOMMENDED_SEARCH_DEFAULTS)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) => {
    if (accountOf(queryClient)?.user.role !== 'candidate') return;
    void queryClient.prefetchQuery(trpc.match.recommended.queryOptions(recommendedInput(deps)));
  },
  component: lazyRouteComponent(() => import('./RecommendedPage.tsx'), 'RecommendedPage'),
});

export const invitableCandidatesRoute = createRoute({
  getParentRoute: () => recruiterRoute,
  path: '/jobs/$jobId/candidates',
  loader: ({ context: { queryClient, trpc }, params }) => {
    if (accountOf(queryClient)?.profile?.kind !== 'recruiter' || !jobId.safeParse(params.jobId).success) return;
    void queryClient.prefetchQuery(trpc.jobEditor.get.queryOptions({ id: params.jobId }));
    void queryClient.prefetchQuery(trpc.match.candidatesForJob.queryOptions({ id: params.jobId, limit: INVITE_LIMIT }));
  },
  component: lazyRouteComponent(() => import('./InvitableCandidatesPage.tsx'), 'InvitableCandidatesPage'),
});
