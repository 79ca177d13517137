import { reportedValues } from '../../contract/api';
import { buildFacts, ENGINE_VERSION, hashString, type Claim, type Source } from '../../engine';
import { resolveOutlet } from '../../ingest/outlet';
import type { Db, Queryable } from '../storage/db';
import { store } from '../storage/store';

/** API ids of facts: one per story and fact key, so they stay put while the story's facts are recomputed. */
export const factIdFor = (storyId: string, key: string) => `f-${hashString(`${storyId}|${key}`)}`;

export interface RecomputeResult {
  factCount: number;
  /** Reviews whose fact no longer exists after the recompute (nothing it covered is left). */
  orphanedReviews: string[];
}

/**
 * Regroups a story's stored claims into facts, applies the reviewers' grouping corrections, and keeps
 * every review on its fact: by fact key, or, when a key disappears (the engine regrouped), on the new
 * fact holding most of the claims the review was about.
 */
export async function recomputeFacts(q: Queryable, storyId: string): Promise<RecomputeResult> {
  const articles = await store.listArticles(q, storyId);
  const sources: Source[] = articles.map((a) => ({
    id: a.source_id, file: a.file, title: a.title, outlet: a.outlet, published: a.published, url: a.url, text: a.body,
  }));
  const claims: Claim[] = (await store.listClaims(q, storyId)).map((r) => r.data);
  const overrides = new Map((await store.listCorrections(q, storyId)).map((c) => [c.claim_id, c.fact_key]));
  const { facts, copies } = buildFacts(sources, claims, overrides);
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const outletOf = new Map(sources.map((s) => [s.id, resolveOutlet(s.outlet, s.url)]));
  await store.replaceFacts(q, storyId, facts.map((f) => {
    const members = f.claimIds.map((id) => claimById.get(id)).filter((c): c is Claim => Boolean(c));
    const outlets = [...new Set(f.sourceIds.map((s) => outletOf.get(s) ?? ''))].filter(Boolean);
    const searchText = [f.label, f.explanation, ...outlets, ...members.map((c) => c.quote)].join(' ').toLowerCase();
    // The list shows distinct values only; a fact of a big story can hold thousands of claims.
    const values = [...new Map(members.map((c) => [`${c.value.low}|${c.value.high}`, c.value])).values()].slice(0, 50);
    const reported = reportedValues(members, outletOf);
    const searchable = `${searchText} ${reported.map((r) => r.text).join(' ').toLowerCase()}`;
    return { id: factIdFor(storyId, f.key), data: { ...f, values, reported, outlets, searchText: searchable } };
  }));
  await store.setAnalysisMeta(q, storyId, ENGINE_VERSION, copies);

  const keys = new Set(facts.map((f) => f.key));
  const orphanedReviews: string[] = [];
  for (const review of await store.listReviews(q, storyId)) {
    if (keys.has(review.fact_key)) continue;
    const covered = new Set(review.claim_ids);
    let best: { key: string; overlap: number } | null = null;
    for (const f of facts) {
      const overlap = f.claimIds.filter((id) => covered.has(id)).length;
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { key: f.key, overlap };
    }
    if (best && !(await store.getReview(q, storyId, best.key))) await store.rekeyReview(q, storyId, review.fact_key, best.key);
    else orphanedReviews.push(review.fact_key);
  }
  return { factCount: facts.length, orphanedReviews };
}

/** Recomputes, once, the stories whose facts were stored before the values as written were kept. */
export async function refreshStaleFacts(db: Db): Promise<number> {
  const stale = await store.storiesWithStaleFacts(db);
  for (const storyId of stale) await db.transaction((tx) => recomputeFacts(tx, storyId));
  return stale.length;
}
