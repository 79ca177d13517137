import { queryOptions } from '@tanstack/react-query';

import { addArticlesResponseSchema, articleDetailSchema, type AddArticle, type AddArticleFromUrl } from '../../../contract/api';
import { apiRequest } from '../../../lib/api-client';

export const articleQueries = {
  all: () => ['articles'] as const,
  detail: (id: string) => queryOptions({ queryKey: [...articleQueries.all(), id], queryFn: ({ signal }) => apiRequest(`/articles/${id}`, articleDetailSchema, { signal }) }),
};

export const addArticle = (storyId: string, body: AddArticle) =>
  apiRequest(`/stories/${storyId}/articles`, addArticlesResponseSchema, { method: 'POST', body });

/** The server fetches the page and reads it like an uploaded HTML file. */
export const addArticleFromUrl = (storyId: string, body: AddArticleFromUrl) =>
  apiRequest(`/stories/${storyId}/articles`, addArticlesResponseSchema, { method: 'POST', body });
