// The one QueryClient: how long answers stay fresh, which failures are worth another try, and what an
// UNAUTHORIZED answer means while signed in (the session ended elsewhere: ask who is signed in again).
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isClientError, isUnauthorized } from './api-error.ts';
import { SESSION_QUERY_KEY } from './session.ts';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  // Signed out, UNAUTHORIZED is expected (a wrong password, say); signed in, it means the session is gone, and
  // re-reading it sends pages behind sign-in to the sign-in page (see SignedInLayout).
  const onError = (error: unknown) => {
    if (isUnauthorized(error) && queryClient.getQueryData(SESSION_QUERY_KEY)) {
      void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Job listings change over minutes, not seconds; moving back and forth between pages should be instant.
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        retry: (failureCount, error) => !isClientError(error) && failureCount < MAX_RETRIES,
      },
    },
  });
  return queryClient;
}
