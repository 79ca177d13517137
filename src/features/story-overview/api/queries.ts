import { queryOptions } from '@tanstack/react-query';

import { deletedStorySchema, factListSchema, storyDetailSchema, storySchema } from '../../../contract/api';
import { apiRequest } from '../../../lib/api-client';

export const overviewQueries = {
  story: (storyId: string) => queryOptions({ queryKey: ['stories', storyId], queryFn: ({ signal }) => apiRequest(`/stories/${storyId}`, storyDetailSchema, { signal }) }),
  facts: (storyId: string) => queryOptions({ queryKey: ['facts', storyId, 'list', {}], queryFn: ({ signal }) => apiRequest(`/stories/${storyId}/facts`, factListSchema, { signal }) }),
};

export const renameStory = (storyId: string, title: string) => apiRequest(`/stories/${storyId}`, storySchema, { method: 'PATCH', body: { title } });
export const deleteStory = (storyId: string) => apiRequest(`/stories/${storyId}`, deletedStorySchema, { method: 'DELETE' });
