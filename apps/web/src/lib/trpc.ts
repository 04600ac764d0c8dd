// The typed API client: tRPC over one batching HTTP link, exposed to React through TanStack Query.
// `AppRouter` is imported as a type only, so no server code reaches the browser bundle.
import type { AppRouter } from '@hotgigs/api';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';

export type { AppRouter };
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type JobSummary = RouterOutputs['job']['list']['items'][number];
export type JobDetail = RouterOutputs['job']['byId'];
/** Who is signed in: the user and their role's profile (null for admins). */
/** A signed-in account (auth.me answers null for nobody). */
export type Account = NonNullable<RouterOutputs['auth']['me']>;
export type AccountSession = RouterOutputs['auth']['sessions']['list'][number];
export type AdminUser = RouterOutputs['admin']['users']['list']['items'][number];
export type CompanyInvitation = RouterOutputs['company']['invitations']['list'][number];

/** The server refuses larger batches (MAX_BATCH_SIZE in apps/api/src/server.ts). */
const MAX_BATCH_SIZE = 10;

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
export type ApiClient = TRPCClient<AppRouter>;

export function createApiClient(): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: '/trpc', transformer: superjson, maxItems: MAX_BATCH_SIZE })],
  });
}
