import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';

import { claimPageSchema, claimViewSchema, factDetailSchema, factListSchema, reviewSchema, type MoveClaim, type PutMark, type PutReview } from '../../../contract/api';
import { apiRequest } from '../../../lib/api-client';

export const factReviewQueries = {
  all: () => ['facts'] as const,
  detail: (factId: string) =>
    queryOptions({ queryKey: [...factReviewQueries.all(), 'detail', factId], queryFn: ({ signal }) => apiRequest(`/facts/${factId}`, factDetailSchema, { signal }) }),
  /** The claims of a fact after its first page, `from` on, a page at a time, as the reviewer asks for them. */
  claimPages: (factId: string, from: number) =>
    infiniteQueryOptions({
      queryKey: [...factReviewQueries.all(), 'claims', factId, from],
      queryFn: ({ pageParam, signal }) => apiRequest(`/facts/${factId}/claims`, claimPageSchema, { query: { offset: String(pageParam) }, signal }),
      initialPageParam: from,
      getNextPageParam: (last) => last.next ?? undefined,
    }),
  /** The story's other facts, to move a claim into. */
  siblings: (storyId: string) =>
    queryOptions({ queryKey: [...factReviewQueries.all(), storyId, 'list', {}], queryFn: ({ signal }) => apiRequest(`/stories/${storyId}/facts`, factListSchema, { signal }) }),
};

export const saveReview = (factId: string, body: PutReview) => apiRequest(`/facts/${factId}/review`, reviewSchema, { method: 'PUT', body });
export const markClaim = (claimId: string, body: PutMark) => apiRequest(`/claims/${claimId}/mark`, claimViewSchema, { method: 'PUT', body });
export const moveClaim = (claimId: string, body: MoveClaim) => apiRequest(`/claims/${claimId}/move`, factDetailSchema, { method: 'POST', body });
