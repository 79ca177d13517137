import { queryOptions } from '@tanstack/react-query';

import { addArticlesResponseSchema, articleDetailSchema, type AddArticle, type AddArticleFromUrl, type LiveEvent } from '../../../contract/api';
import { apiRequest } from '../../../lib/api-client';

export const articleQueries = {
  all: () => ['articles'] as const,
  detail: (id: string) => queryOptions({ queryKey: [...articleQueries.all(), id], queryFn: ({ signal }) => apiRequest(`/articles/${id}`, articleDetailSchema, { signal }) }),
};

export type UploadProgress = Extract<LiveEvent, { type: 'upload' }>;

/**
 * How far the server has got with an upload: nothing is fetched, the live events of this upload (named by
 * the id the dashboard sent) are written here as they come.
 */
export const uploadQueries = {
  all: () => ['uploads'] as const,
  progress: (uploadId: string) =>
    queryOptions<UploadProgress | null>({ queryKey: [...uploadQueries.all(), uploadId], queryFn: () => null, staleTime: Infinity, gcTime: 60_000 }),
};

export const addArticle = (storyId: string, body: AddArticle) =>
  apiRequest(`/stories/${storyId}/articles`, addArticlesResponseSchema, { method: 'POST', body });

/** The server fetches the page and reads it like an uploaded HTML file. */
export const addArticleFromUrl = (storyId: string, body: AddArticleFromUrl) =>
  apiRequest(`/stories/${storyId}/articles`, addArticlesResponseSchema, { method: 'POST', body });
