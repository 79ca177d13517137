import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';

import { storyDetailSchema, storyHistorySchema, storySchema, type CreateStory } from '../../../contract/api';
import { apiRequest } from '../../../lib/api-client';

/** One factory for every story query; keys go from generic to specific. */
export const storyQueries = {
  all: () => ['stories'] as const,
  list: () => queryOptions({ queryKey: [...storyQueries.all(), 'list'], queryFn: ({ signal }) => apiRequest('/stories', z.object({ stories: z.array(storySchema) }), { signal }) }),
  /** Stories created, renamed and deleted: the history of the list itself. */
  history: () => queryOptions({ queryKey: [...storyQueries.all(), 'history'], queryFn: ({ signal }) => apiRequest('/stories/history', storyHistorySchema, { signal }) }),
  detail: (id: string) => queryOptions({ queryKey: [...storyQueries.all(), id], queryFn: ({ signal }) => apiRequest(`/stories/${id}`, storyDetailSchema, { signal }) }),
};

export const createStory = (body: CreateStory) => apiRequest('/stories', storySchema, { method: 'POST', body });
