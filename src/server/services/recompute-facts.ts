import { ENGINE_VERSION, type Claim, type Source } from '../../engine';
import type { Db, Queryable, Tx } from '../storage/db';
import { store } from '../storage/store';

import { inlineAnalyzer, type Analyzer } from './analyzer';
import type { GroupedStory, GroupInput } from './group-story';

export { factIdFor } from './group-story';

export interface RecomputeResult {
  factCount: number;
  /** Reviews whose fact no longer exists after the recompute (nothing it covered is left). */
  orphanedReviews: string[];
}

/** What regrouping a story reads: its articles (with their text: copies are found by it), claims and corrections. */
export async function loadGroupInput(q: Queryable, storyId: string): Promise<GroupInput> {
  const [articles, claims, corrections] = await Promise.all([store.listArticles(q, storyId), store.listClaims(q, storyId), store.listCorrections(q, storyId)]);
  const sources: Source[] = articles.map((a) => ({ id: a.source_id, file: a.file, title: a.title, outlet: a.outlet, published: a.published, url: a.url, text: a.body }));
  return { storyId, sources, claims: claims.map((r): Claim => r.data), overrides: corrections.map((c) => [c.claim_id, c.fact_key]) };
}

/**
 * Stores a story's new grouping and keeps every review on its fact: by fact key, or, when a key disappears
 * (the engine regrouped), on the new fact holding most of the claims the review was about.
 */
export async function saveGrouping(tx: Tx, storyId: string, { facts, copies }: GroupedStory): Promise<RecomputeResult> {
  await store.keepReviewedClaims(tx, storyId);
  await store.replaceFacts(tx, storyId, facts);
  await store.setAnalysisMeta(tx, storyId, ENGINE_VERSION, copies);
  await store.bumpGroupingRevision(tx, storyId);
  const keys = new Set(facts.map((f) => f.data.key));
  const orphanedReviews: string[] = [];
  for (const review of await store.listReviews(tx, storyId)) {
    if (keys.has(review.fact_key)) continue;
    const covered = new Set(review.claim_ids);
    let best: { key: string; overlap: number } | null = null;
    for (const f of facts) {
      const overlap = f.data.claimIds.filter((id) => covered.has(id)).length;
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { key: f.data.key, overlap };
    }
    if (best && !(await store.getReview(tx, storyId, best.key))) await store.rekeyReview(tx, storyId, review.fact_key, best.key);
    else orphanedReviews.push(review.fact_key);
  }
  return { factCount: facts.length, orphanedReviews };
}

/** Regroups a story's stored claims into facts inside `tx`, applying the reviewers' grouping corrections. */
export async function recomputeFacts(tx: Tx, storyId: string, analyzer: Analyzer = inlineAnalyzer): Promise<RecomputeResult> {
  return saveGrouping(tx, storyId, await analyzer.group(await loadGroupInput(tx, storyId)));
}

/** Recomputes, once, the stories whose facts were stored before their values as written and claim groups were kept. */
export async function refreshStaleFacts(db: Db, analyzer: Analyzer = inlineAnalyzer): Promise<number> {
  const stale = await store.storiesWithStaleFacts(db);
  for (const storyId of stale) {
    await db.transaction(async (tx) => {
      await recomputeFacts(tx, storyId, analyzer);
      await store.bumpRevision(tx, storyId);
    });
  }
  return stale.length;
}
