import type { CopyLink } from '../../engine';
import type { Queryable } from '../storage/db';
import { store } from '../storage/store';

import type { StoryIndex } from './fact-views';

const copyMap = (copies: CopyLink[]) => new Map(copies.map((c) => [c.sourceId, c.copyOfId]));

/** Everything claim views of a whole story need, in five queries (reports). */
export async function loadStoryIndex(q: Queryable, storyId: string): Promise<StoryIndex> {
  const [claims, articles, reviews, marks, copies] = await Promise.all([
    store.listClaims(q, storyId), store.listArticleHeads(q, storyId), store.listReviews(q, storyId), store.listMarks(q, storyId), store.getCopies(q, storyId),
  ]);
  return {
    storyId,
    claims: new Map(claims.map((r) => [r.data.id, { claim: r.data, articleId: r.article_id }])),
    articles: new Map(articles.map((a) => [a.id, a])),
    articleBySource: new Map(articles.map((a) => [a.source_id, a])),
    reviews: new Map(reviews.map((r) => [r.fact_key, r])),
    marks: new Map(marks.map((m) => [m.claim_id, m])),
    copyOf: copyMap(copies),
  };
}

/** What the views of some claims need, and no more: their articles, marks, and the originals those articles copy. */
export async function loadClaimIndex(q: Queryable, storyId: string, claimIds: string[]): Promise<StoryIndex> {
  const [claims, marks, copies] = await Promise.all([store.claimsByIds(q, storyId, claimIds), store.marksOf(q, storyId, claimIds), store.getCopies(q, storyId)]);
  const copyOf = copyMap(copies);
  const articles = await store.articleHeadsByIds(q, [...new Set(claims.map((c) => c.article_id))]);
  const originals = [...new Set(articles.map((a) => copyOf.get(a.source_id)).filter((s): s is string => s !== undefined))];
  const copied = originals.length ? await store.articlesBySource(q, storyId, originals) : [];
  return {
    storyId,
    claims: new Map(claims.map((r) => [r.data.id, { claim: r.data, articleId: r.article_id }])),
    articles: new Map(articles.map((a) => [a.id, a])),
    articleBySource: new Map([...articles, ...copied].map((a) => [a.source_id, a])),
    reviews: new Map(),
    marks: new Map(marks.map((m) => [m.claim_id, m])),
    copyOf,
  };
}
