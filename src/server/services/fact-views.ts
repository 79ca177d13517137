import { writtenValue, suggestionFor, type ArticleSummary, type ClaimView, type FactSummary, type FullFact, type HistoryEntry } from '../../contract/api';
import type { Claim } from '../../engine';
import { resolveOutlet } from '../../ingest/outlet';
import { toReview, type ArticleRow, type MarkRow, type ReviewRow, type StoredFactData } from '../storage/store';

/** The outlet as shown: never "unknown" (older stories stored it so); the URL's site name, else "outlet not given". */
export const shownOutlet = (a: Pick<ArticleRow, 'outlet' | 'url'>) => resolveOutlet(a.outlet, a.url);

export function toArticleSummary(a: ArticleRow): ArticleSummary {
  return {
    id: a.id, storyId: a.story_id, sourceId: a.source_id, file: a.file, title: a.title, outlet: shownOutlet(a),
    published: a.published, url: a.url, claimCount: a.claim_count, createdAt: a.created_at,
  };
}

/** What claim views need, loaded once per request: for a whole story (reports) or for some claims (a page). */
export interface StoryIndex {
  storyId: string;
  claims: Map<string, { claim: Claim; articleId: string }>;
  articles: Map<string, ArticleRow>;
  /** The article id of each source the loaded articles copy (and, for a whole story, of every source). */
  articleBySource: Map<string, ArticleRow>;
  reviews: Map<string, ReviewRow>;
  marks: Map<string, MarkRow>;
  copyOf: Map<string, string>;
}

export type ListData = Omit<StoredFactData, 'claimIds' | 'sourceIds' | 'searchText'>;

/** A list row, from the stored fact alone: no claim or article is read. */
export function toFactSummary(storyId: string, id: string, fact: ListData, claimCount: number, review: Omit<ReviewRow, 'claim_ids'> | null): FactSummary {
  const { values, outlets, key, label, measure, unit, subject, scope, independentSourceCount, assessment, explanation } = fact;
  // Facts stored before values were kept as written have none until their story is recomputed (done at start-up).
  const reported = (fact.reported ?? []).map(({ text, number, outlet, asOf }) => ({ text, number, outlet, asOf }));
  return { id, storyId, key, label, measure, unit, subject, scope, independentSourceCount, assessment, explanation, values, reported, outlets, claimCount, review: toReview(review) };
}

export function toClaimView(index: StoryIndex, claimId: string): ClaimView | null {
  const entry = index.claims.get(claimId);
  const article = entry ? index.articles.get(entry.articleId) : undefined;
  if (!entry || !article) return null;
  const copy = index.copyOf.get(article.source_id);
  return {
    ...entry.claim,
    written: writtenValue(entry.claim),
    mark: index.marks.get(claimId)?.mark ?? null,
    article: { id: article.id, title: article.title, outlet: shownOutlet(article), published: article.published, url: article.url, file: article.file },
    copyOfArticleId: copy ? (index.articleBySource.get(copy)?.id ?? null) : null,
  };
}

export const toClaimViews = (index: StoryIndex, claimIds: string[]): ClaimView[] =>
  claimIds.map((c) => toClaimView(index, c)).filter((c): c is ClaimView => c !== null);

/** A fact with every claim, for reports; the fact page is paged (fact-page.ts). */
export function toFullFact(index: StoryIndex, id: string, fact: StoredFactData, history: HistoryEntry[]): FullFact {
  const claims = toClaimViews(index, fact.claimIds);
  const summary = toFactSummary(index.storyId, id, fact, fact.claimIds.length, index.reviews.get(fact.key) ?? null);
  return { ...summary, reported: fact.reported ?? [], claims, history, suggestion: suggestionFor(fact.assessment, claims, index.copyOf) };
}
