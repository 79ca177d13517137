import { queryOptions } from '@tanstack/react-query';

import { factListSchema } from '../../../contract/api';
import { apiRequest } from '../../../lib/api-client';

/**
 * The facts list loads a story's facts once and filters them in the browser, so typing in the
 * search box never waits for the network, even with 10,000 facts.
 */
export const factQueries = {
  all: () => ['facts'] as const,
  list: (storyId: string) =>
    queryOptions({ queryKey: [...factQueries.all(), storyId, 'list', {}], queryFn: ({ signal }) => apiRequest(`/stories/${storyId}/facts`, factListSchema, { signal }) }),
};
