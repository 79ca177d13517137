import { reportedValues, suggestionFor, writtenValue, type ArticleSummary, type ClaimView, type FullFact } from '../contract/api';
import type { Analysis } from '../engine';

import type { ReportInput } from './types';

const OPEN = { status: 'open' as const, reason: null, value: null, rightClaimIds: [], note: '', reviewer: null, version: 0, updatedAt: null };

/**
 * A fresh analysis (no reviews yet) in the shapes the server produces, so the CLI renders reports with
 * the same renderers: articles are the sources, every review is open.
 */
export function analysisToReportInput(analysis: Analysis, title: string, generatedAt: string): ReportInput {
  const articles: ArticleSummary[] = analysis.sources.map((s) => ({
    id: s.id, storyId: 'cli', sourceId: s.id, file: s.file, title: s.title, outlet: s.outlet, published: s.published, url: s.url,
    claimCount: analysis.claims.filter((c) => c.sourceId === s.id).length, createdAt: generatedAt,
  }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const copyOf = new Map(analysis.copies.map((c) => [c.sourceId, c.copyOfId]));
  const claims = new Map(analysis.claims.map((c) => [c.id, c]));
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
  const facts: FullFact[] = analysis.facts.map(({ claimIds, sourceIds, ...fact }) => {
    const views: ClaimView[] = claimIds.flatMap((id) => {
      const c = claims.get(id);
      const a = c ? byId.get(c.sourceId) : undefined;
      if (!c || !a) return [];
      return [{ ...c, written: writtenValue(c), mark: null, copyOfArticleId: copyOf.get(a.id) ?? null, article: { id: a.id, title: a.title, outlet: a.outlet, published: a.published, url: a.url, file: a.file } }];
    });
    return {
      ...fact, storyId: 'cli', claimCount: claimIds.length, outlets: [...new Set(sourceIds.map((s) => byId.get(s)?.outlet ?? ''))].filter(Boolean),
      values: views.map((v) => v.value), reported: reportedValues(views, outletOf), review: OPEN, claims: views, history: [],
      suggestion: suggestionFor(fact.assessment, views, copyOf),
    };
  });
  const conflicts = facts.filter((f) => f.assessment === 'conflict').length;
  return {
    story: { id: 'cli', title, createdAt: generatedAt, articleCount: articles.length, factCount: facts.length, conflictCount: conflicts, reviewedCount: 0, engineVersion: analysis.engineVersion, articles },
    facts, scope: 'all', filters: null, generatedAt, engineVersion: analysis.engineVersion,
  };
}
