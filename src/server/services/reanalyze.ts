import type { Claim } from '../../engine';
import { notFound } from '../errors';
import type { Db, Tx } from '../storage/db';
import type { ArticleRow } from '../storage/rows';
import { store } from '../storage/store';

import { inlineAnalyzer, type Analyzer } from './analyzer';
import { now } from './clock';
import type { GroupedStory } from './group-story';
import { factIdFor, loadGroupInput, recomputeFacts, saveGrouping } from './recompute-facts';

export interface ReanalyzeReport {
  articles: number;
  claims: number;
  facts: number;
  kept: { reviews: number; marks: number; corrections: number };
  orphaned: { reviews: string[]; marks: string[]; corrections: string[] };
}

/** Every article of the story read again by the engine (on the analyzer's threads), with its new claims. */
async function analyseAll(analyzer: Analyzer, articles: ArticleRow[]): Promise<Claim[][]> {
  const items = articles.map((a) => ({ kind: 'article' as const, article: { file: a.file, title: a.title, outlet: a.outlet, published: a.published, url: a.url, text: a.body } }));
  return (await analyzer.analyze(items)).map((r) => (r.ok ? r.claims : []));
}

async function writeReanalysis(tx: Tx, storyId: string, articles: ArticleRow[], claims: Claim[][], grouped: GroupedStory | null, analyzer: Analyzer, actor: string | null): Promise<ReanalyzeReport> {
  const claimIds = new Set<string>();
  for (const [i, a] of articles.entries()) {
    const mine = claims[i] ?? [];
    await store.deleteClaimsOfArticle(tx, a.id);
    await store.insertClaims(tx, storyId, a.id, mine);
    await store.setClaimCount(tx, a.id, mine.length);
    for (const c of mine) claimIds.add(c.id);
  }
  const result = grouped ? await saveGrouping(tx, storyId, grouped) : await recomputeFacts(tx, storyId, analyzer);
  const [reviews, marks, corrections] = await Promise.all([store.listReviews(tx, storyId), store.listMarks(tx, storyId), store.listCorrections(tx, storyId)]);
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
  await store.bumpRevision(tx, storyId);
  return report;
}

/**
 * Runs the engine again over every stored article (after an engine upgrade), keeps every review, mark and
 * grouping correction that still applies, and names the ones that no longer do. As an upload does, it
 * analyses and regroups before its transaction and writes only if nobody regrouped the story meanwhile;
 * failing that, it does it all inside the transaction.
 */
export async function reanalyzeStory(db: Db, storyId: string, actor: string | null = null, analyzer: Analyzer = inlineAnalyzer): Promise<ReanalyzeReport> {
  const seen = await store.groupingRevision(db, storyId);
  if (seen === null) throw notFound('story', storyId);
  const articles = await store.listArticles(db, storyId);
  const claims = await analyseAll(analyzer, articles);
  const input = await loadGroupInput(db, storyId);
  const grouped = await analyzer.group({ ...input, claims: claims.flat() });
  const report = await db.transaction(async (tx) =>
    ((await store.groupingRevision(tx, storyId, true)) === seen ? writeReanalysis(tx, storyId, articles, claims, grouped, analyzer, actor) : null));
  if (report) return report;
  return db.transaction(async (tx) => {
    if ((await store.groupingRevision(tx, storyId, true)) === null) throw notFound('story', storyId);
    const current = await store.listArticles(tx, storyId);
    return writeReanalysis(tx, storyId, current, await analyseAll(analyzer, current), null, analyzer, actor);
  });
}
