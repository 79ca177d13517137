/**
 * Writes what another dashboard changed into this one's query cache: a review or a mark in place (the
 * open page re-renders at once), anything that regroups facts by refetching that story's queries.
 */
import type { InfiniteData, QueryClient } from '@tanstack/react-query';

import type { ClaimPage, FactDetail, FactList, LiveEvent } from '../contract/api';
import { articleQueries, uploadQueries } from '../features/articles/api/queries';
import { factReviewQueries } from '../features/fact-review/api/queries';
import { factQueries } from '../features/facts/api/queries';
import { storyQueries } from '../features/stories/api/queries';

/** Every cached fact list and fact page of a story, and the further claim pages of any fact (they name no story). */
const ofStory = (storyId: string) => (query: { queryKey: readonly unknown[]; state: { data: unknown } }) => {
  const [root, second] = query.queryKey;
  if (root !== factQueries.all()[0]) return false;
  return second === storyId || second === 'claims' || (second === 'detail' && (query.state.data as FactDetail | undefined)?.storyId === storyId);
};

export function applyLiveEvent(client: QueryClient, event: LiveEvent): void {
  switch (event.type) {
    case 'review': {
      const { review, entry } = event;
      // Only a newer version: our own save's answer may have got here first.
      client.setQueryData<FactDetail>(factReviewQueries.detail(event.factId).queryKey, (old) =>
        old && old.review.version < review.version ? { ...old, review, history: [entry, ...old.history.filter((h) => h.id !== entry.id)] } : old);
      client.setQueriesData<FactList>({ queryKey: factQueries.list(event.storyId).queryKey.slice(0, 2) }, (old) =>
        old && { ...old, facts: old.facts.map((f) => (f.id === event.factId && f.review.version < review.version ? { ...f, review } : f)) });
      void client.invalidateQueries({ queryKey: storyQueries.all() });
      return;
    }
    case 'mark': {
      const marked = <C extends { id: string }>(c: C) => (c.id === event.claimId ? { ...c, mark: event.mark } : c);
      for (const [key, data] of client.getQueriesData<FactDetail>({ queryKey: [...factReviewQueries.all(), 'detail'] })) {
        if (!data?.claims.some((c) => c.id === event.claimId)) continue;
        client.setQueryData<FactDetail>(key, { ...data, claims: data.claims.map(marked) });
        // Marks steer the suggested value and fill the history: read the rest afresh.
        void client.invalidateQueries({ queryKey: key, exact: true });
      }
      for (const [key, data] of client.getQueriesData<InfiniteData<ClaimPage>>({ queryKey: [...factReviewQueries.all(), 'claims'] })) {
        if (!data?.pages.some((p) => p.claims.some((c) => c.id === event.claimId))) continue;
        client.setQueryData<InfiniteData<ClaimPage>>(key, { ...data, pages: data.pages.map((p) => ({ ...p, claims: p.claims.map(marked) })) });
      }
      return;
    }
    case 'facts':
      void client.invalidateQueries({ predicate: ofStory(event.storyId) });
      void client.invalidateQueries({ queryKey: storyQueries.all() });
      void client.invalidateQueries({ queryKey: articleQueries.all() });
      return;
    case 'story':
      void client.invalidateQueries({ queryKey: storyQueries.all() });
      return;
    case 'upload': {
      // Only the dashboard that sent the upload is waiting for it.
      const { queryKey } = uploadQueries.progress(event.uploadId);
      if (client.getQueryCache().find({ queryKey })) client.setQueryData(queryKey, event);
      return;
    }
    default: {
      const never: never = event;
      return never;
    }
  }
}
