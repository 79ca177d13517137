import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { ApiRequestError } from './api-client';
import { SESSION_KEY } from './session';

/**
 * Defaults live here once. Analyses change only when someone edits (and live updates say when), so data
 * stays fresh for a while. A 401 from any request means the session ended: the session is read again,
 * and the dashboard shows the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown, key?: readonly unknown[]) => {
    if (error instanceof ApiRequestError && error.status === 401 && key?.[0] !== SESSION_KEY[0]) void client.invalidateQueries({ queryKey: SESSION_KEY });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // 4xx answers will not change on retry.
        retry: (count, error) => !(error instanceof ApiRequestError && error.status < 500) && count < 2,
      },
    },
  });
  return client;
}
