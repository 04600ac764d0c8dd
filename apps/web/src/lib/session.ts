// Who is signed in, from `auth.me`: an account, or null when the API answers UNAUTHORIZED (signed out, or a
// sign-in still waiting for its second factor). Every screen reads the session through this one query.
import { hashKey, queryOptions, useQuery, useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { isUnauthorized } from './api-error.ts';
import { useTRPCClient, type Account, type ApiClient } from './trpc.ts';

export const SESSION_QUERY_KEY = ['auth', 'session'] as const;
const SESSION_QUERY_HASH = hashKey(SESSION_QUERY_KEY);
const isSessionQuery = (query: Query) => query.queryHash === SESSION_QUERY_HASH;

export function sessionQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: async ({ signal }): Promise<Account | null> => {
      try {
        return await client.auth.me.query(undefined, { signal });
      } catch (error) {
        if (isUnauthorized(error)) return null;
        throw error;
      }
    },
    // Signed out is an answer, not a failure; anything else (server down) is shown, not retried behind a spinner.
    retry: false,
  });
}

export type SessionState =
  | { status: 'loading'; account: undefined }
  | { status: 'signedOut'; account: null }
  | { status: 'signedIn'; account: Account }
  | { status: 'error'; account: undefined; error: Error };

export function useSession(): SessionState {
  const client = useTRPCClient();
  const query = useQuery(sessionQueryOptions(client));
  if (query.data) return { status: 'signedIn', account: query.data };
  if (query.data === null) return { status: 'signedOut', account: null };
  if (query.isError) return { status: 'error', account: undefined, error: query.error };
  return { status: 'loading', account: undefined };
}

/**
 * After signing in: the new account is known at once; everything else was fetched as somebody else (or as
 * nobody) and is fetched again.
 */
export async function rememberSignIn(queryClient: QueryClient, account: Account): Promise<void> {
  // An anonymous auth.me still in flight (the page asked before the cookie existed) must not land afterwards
  // and overwrite the account with "nobody".
  await queryClient.cancelQueries({ queryKey: SESSION_QUERY_KEY });
  queryClient.setQueryData(SESSION_QUERY_KEY, account);
  await queryClient.invalidateQueries({ predicate: (query) => !isSessionQuery(query) });
}

/**
 * After signing out (or deactivating, deleting): nobody is signed in, and nothing fetched for the old session
 * may stay in memory. Call it after leaving any page that needs a session, so that page does not bounce to sign-in.
 */
export async function forgetSession(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries();
  queryClient.setQueryData(SESSION_QUERY_KEY, null);
  queryClient.removeQueries({ predicate: (query) => !isSessionQuery(query) && query.getObserversCount() === 0 });
  await queryClient.invalidateQueries({ predicate: (query) => !isSessionQuery(query) });
}

export function useForgetSession(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => forgetSession(queryClient);
}

export function displayName(account: Account): string {
  return account.profile ? `${account.profile.firstName} ${account.profile.lastName}` : account.user.email;
}
