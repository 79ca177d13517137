import { queryOptions } from '@tanstack/react-query';

import { factListSchema, storyDetailSchema } from '../../../contract/api';
import { apiRequest } from '../../../lib/api-client';

export const overviewQueries = {
  story: (storyId: string) => queryOptions({ queryKey: ['stories', storyId], queryFn: ({ signal }) => apiRequest(`/stories/${storyId}`, storyDetailSchema, { signal }) }),
  facts: (storyId: string) => queryOptions({ queryKey: ['facts', storyId, 'list', {}], queryFn: ({ signal }) => apiRequest(`/stories/${storyId}/facts`, factListSchema, { signal }) }),
};
