// The one QueryClient: how long answers stay fresh and which failures are worth another try.
import { QueryClient } from '@tanstack/react-query';
import { isClientError } from './api-error.ts';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Job listings change over minutes, not seconds; moving back and forth between pages should be instant.
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        retry: (failureCount, error) => !isClientError(error) && failureCount < MAX_RETRIES,
      },
    },
  });
}
