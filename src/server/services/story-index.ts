import type { CopyLink } from '../../engine';
import type { Queryable } from '../storage/db';
import { store } from '../storage/store';

import type { StoryIndex } from './fact-views';

/** Loads what fact views need for one story in five queries (only the given claims when named). */
export async function loadStoryIndex(q: Queryable, storyId: string, claimIds?: string[]): Promise<StoryIndex> {
  const [claims, articles, reviews, marks, copies] = await Promise.all([
    claimIds ? store.claimsByIds(q, storyId, claimIds) : store.listClaims(q, storyId),
    store.listArticleHeads(q, storyId),
    store.listReviews(q, storyId),
    store.listMarks(q, storyId),
    store.getCopies(q, storyId),
  ]);
  return {
    storyId,
    claims: new Map(claims.map((r) => [r.data.id, { claim: r.data, articleId: r.article_id }])),
    articles: new Map(articles.map((a) => [a.id, a])),
    articleBySource: new Map(articles.map((a) => [a.source_id, a])),
    reviews: new Map(reviews.map((r) => [r.fact_key, r])),
    marks: new Map(marks.map((m) => [m.claim_id, m])),
    copyOf: new Map((copies as CopyLink[]).map((c) => [c.sourceId, c.copyOfId])),
  };
}
