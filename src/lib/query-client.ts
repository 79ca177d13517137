import { QueryClient } from '@tanstack/react-query';

import { ApiRequestError } from './api-client';

/** Defaults live here once. Analyses change only when someone edits, so data stays fresh for a while. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // 4xx answers will not change on retry.
        retry: (count, error) => !(error instanceof ApiRequestError && error.status < 500) && count < 2,
      },
    },
  });
}
