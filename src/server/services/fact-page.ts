/**
 * A fact's page, small however many claims it holds: the stored fact with its claim groups (counted at
 * regrouping), one page of claims with their quotes, the latest history, and the suggestion, which reads
 * every claim but only the few fields it needs.
 */
import { LIMITS, suggestionFromClaims, type ClaimPage, type FactDetail } from '../../contract/api';
import { notFound } from '../errors';
import type { Queryable } from '../storage/db';
import type { FactHead } from '../storage/fact-store';
import { store } from '../storage/store';

import { shownOutlet, toClaimViews, toFactSummary } from './fact-views';
import { loadClaimIndex } from './story-index';

const DISCREPANCIES = new Set(['conflict', 'changed-over-time']);

async function claimPageOf(q: Queryable, head: FactHead, offset: number, limit: number): Promise<ClaimPage> {
  const ids = await store.factClaimIds(q, head.id, offset, limit);
  const claims = toClaimViews(await loadClaimIndex(q, head.story_id, ids), ids);
  const end = offset + ids.length;
  return { claims, offset, total: head.claim_count, next: end < head.claim_count ? end : null };
}

async function suggestionOf(q: Queryable, head: FactHead): Promise<FactDetail['suggestion']> {
  if (!DISCREPANCIES.has(head.data.assessment)) return null;
  const briefs = await store.factClaimBriefs(q, head.id);
  const [marks, copies] = await Promise.all([store.marksOf(q, head.story_id, briefs.map((b) => b.id)), store.getCopies(q, head.story_id)]);
  const markOf = new Map(marks.map((m) => [m.claim_id, m.mark]));
  const claims = briefs.map((b) => ({
    id: b.id, sourceId: b.source_id, number: Number(b.number), value: b.value, asOf: b.as_of, mark: markOf.get(b.id) ?? null,
    outlet: shownOutlet(b), published: b.published,
  }));
  const suggestion = suggestionFromClaims(head.data.assessment, claims, new Map(copies.map((c) => [c.sourceId, c.copyOfId])), () => undefined);
  const first = suggestion?.claimIds[0];
  if (!suggestion || first === undefined) return suggestion;
  // The value as its first claim writes it: one claim read whole.
  const [view] = toClaimViews(await loadClaimIndex(q, head.story_id, [first]), [first]);
  return { ...suggestion, text: view?.written ?? suggestion.text };
}

export async function getFactPage(q: Queryable, factId: string): Promise<FactDetail> {
  const head = await store.getFactHead(q, factId);
  if (!head) throw notFound('fact', factId);
  const [page, review, history, suggestion] = await Promise.all([
    claimPageOf(q, head, 0, LIMITS.claimPage),
    store.getReview(q, head.story_id, head.key),
    store.factHistory(q, factId, LIMITS.factHistory),
    suggestionOf(q, head),
  ]);
  return {
    ...toFactSummary(head.story_id, head.id, head.data, head.claim_count, review),
    groups: head.data.groups ?? [], groupCount: head.data.groupCount ?? 0,
    claims: page.claims, claimsNext: page.next, history, suggestion,
  };
}

/** Claims `offset` on of a fact, `limit` (default LIMITS.claimPage) at a time. */
export async function getClaimPage(q: Queryable, factId: string, offset: number, limit: number = LIMITS.claimPage): Promise<ClaimPage> {
  const head = await store.getFactHead(q, factId);
  if (!head) throw notFound('fact', factId);
  return claimPageOf(q, head, offset, limit);
}
