import { analyzeArticle } from '../../engine';
import { notFound } from '../errors';
import type { Db } from '../storage/db';
import { store } from '../storage/store';

import { now } from './clock';
import { factIdFor, recomputeFacts } from './recompute-facts';

export interface ReanalyzeReport {
  articles: number;
  claims: number;
  facts: number;
  kept: { reviews: number; marks: number; corrections: number };
  orphaned: { reviews: string[]; marks: string[]; corrections: string[] };
}

/**
 * Runs the engine again over every stored article (after an engine upgrade), keeps every review, mark and
 * grouping correction that still applies, and names the ones that no longer do.
 */
export async function reanalyzeStory(db: Db, storyId: string, actor: string | null = null): Promise<ReanalyzeReport> {
  if (!(await store.getStory(db, storyId))) throw notFound('story', storyId);
  return db.transaction(async (tx) => {
    const articles = await store.listArticles(tx, storyId);
    const claimIds = new Set<string>();
    for (const a of articles) {
      const { claims } = analyzeArticle({ file: a.file, title: a.title, outlet: a.outlet, published: a.published, url: a.url, text: a.body });
      await store.deleteClaimsOfArticle(tx, a.id);
      await store.insertClaims(tx, storyId, a.id, claims);
      await store.setClaimCount(tx, a.id, claims.length);
      for (const c of claims) claimIds.add(c.id);
    }
    const result = await recomputeFacts(tx, storyId);
    const reviews = await store.listReviews(tx, storyId);
    const marks = await store.listMarks(tx, storyId);
    const corrections = await store.listCorrections(tx, storyId);
    const report: ReanalyzeReport = {
      articles: articles.length,
      claims: claimIds.size,
      facts: result.factCount,
      kept: {
        reviews: reviews.length - result.orphanedReviews.length,
        marks: marks.filter((m) => claimIds.has(m.claim_id)).length,
        corrections: corrections.filter((c) => claimIds.has(c.claim_id)).length,
      },
      orphaned: {
        reviews: result.orphanedReviews.map((k) => factIdFor(storyId, k)),
        marks: marks.filter((m) => !claimIds.has(m.claim_id)).map((m) => m.claim_id),
        corrections: corrections.filter((c) => !claimIds.has(c.claim_id)).map((c) => c.claim_id),
      },
    };
    await store.addHistory(tx, storyId, { at: now(), actor, action: 'story reanalyzed', entity: 'story', entityId: storyId, before: null, after: report });
    return report;
  });
}
