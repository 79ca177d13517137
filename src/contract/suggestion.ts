import { suggestValue, type Assessment, type Claim, type ReviewerMark } from '../engine';

import type { ClaimMark, ClaimView, Suggestion } from './api';
import { LIMITS } from './limits';

/** What a suggestion reads of a claim: no quote, no frame, so a fact of thousands of claims stays cheap. */
export interface SuggestionClaim {
  id: string;
  sourceId: string;
  number: number;
  value: Claim['value'];
  asOf: string | null;
  mark: ClaimMark | null;
  outlet: string;
  published: string | null;
}


/**
 * The engine's suggestion for a fact with a discrepancy. `writtenOf` gives the value as a claim writes it
 * (for the first claim behind the suggestion), else the number is shown plainly.
 */
export function suggestionFromClaims(assessment: Assessment, claims: SuggestionClaim[], copyOf: Map<string, string>, writtenOf: (claimId: string) => string | undefined): Suggestion | null {
  const marks: Record<string, ReviewerMark> = {};
  for (const c of claims) if (c.mark) marks[c.id] = c.mark;
  const suggestion = suggestValue({
    assessment,
    claims: claims.map((c) => ({ id: c.id, sourceId: c.sourceId, number: c.number, value: c.value, asOf: c.asOf })),
    sources: claims.map((c) => ({ id: c.sourceId, outlet: c.outlet, published: c.published })),
    copies: [...copyOf].map(([sourceId, copyOfId]) => ({ sourceId, copyOfId })),
    marks,
  });
  if (!suggestion) return null;
  const text = (suggestion.claimIds[0] !== undefined ? writtenOf(suggestion.claimIds[0]) : undefined) ?? suggestion.value.toLocaleString('en-US');
  return { ...suggestion, claimIds: suggestion.claimIds.slice(0, LIMITS.suggestionClaimIds), text };
}

/** The same, from claims as the fact page shows them. */
export function suggestionFor(assessment: Assessment, claims: ClaimView[], copyOf: Map<string, string>): Suggestion | null {
  const written = new Map(claims.map((c) => [c.id, c.written]));
  return suggestionFromClaims(
    assessment,
    claims.map((c) => ({ id: c.id, sourceId: c.sourceId, number: c.number, value: c.value, asOf: c.asOf, mark: c.mark, outlet: c.article.outlet, published: c.article.published })),
    copyOf,
    (id) => written.get(id),
  );
}
