import { queryOptions } from '@tanstack/react-query';

import { claimViewSchema, factDetailSchema, factListSchema, reviewSchema, type MoveClaim, type PutMark, type PutReview } from '../../../contract/api';
import { apiRequest } from '../../../lib/api-client';

export const factReviewQueries = {
  all: () => ['facts'] as const,
  detail: (factId: string) =>
    queryOptions({ queryKey: [...factReviewQueries.all(), 'detail', factId], queryFn: ({ signal }) => apiRequest(`/facts/${factId}`, factDetailSchema, { signal }) }),
  /** The story's other facts, to move a claim into. */
  siblings: (storyId: string) =>
    queryOptions({ queryKey: [...factReviewQueries.all(), storyId, 'list', {}], queryFn: ({ signal }) => apiRequest(`/stories/${storyId}/facts`, factListSchema, { signal }) }),
};

export const saveReview = (factId: string, body: PutReview) => apiRequest(`/facts/${factId}/review`, reviewSchema, { method: 'PUT', body });
export const markClaim = (claimId: string, body: PutMark) => apiRequest(`/claims/${claimId}/mark`, claimViewSchema, { method: 'PUT', body });
export const moveClaim = (claimId: string, body: MoveClaim) => apiRequest(`/claims/${claimId}/move`, factDetailSchema, { method: 'POST', body });
