import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';

import { storyDetailSchema, storySchema, type CreateStory } from '../../../contract/api';
import { apiRequest } from '../../../lib/api-client';

/** One factory for every story query; keys go from generic to specific. */
export const storyQueries = {
  all: () => ['stories'] as const,
  list: () => queryOptions({ queryKey: [...storyQueries.all(), 'list'], queryFn: ({ signal }) => apiRequest('/stories', z.object({ stories: z.array(storySchema) }), { signal }) }),
  detail: (id: string) => queryOptions({ queryKey: [...storyQueries.all(), id], queryFn: ({ signal }) => apiRequest(`/stories/${id}`, storyDetailSchema, { signal }) }),
};

export const createStory = (body: CreateStory) => apiRequest('/stories', storySchema, { method: 'POST', body });
