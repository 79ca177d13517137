import { suggestValue, type Assessment, type ReviewerMark } from '../engine';

import type { ClaimView, Suggestion } from './api';

/** The engine's suggestion for a fact with a discrepancy, with the value as its claims write it. */
export function suggestionFor(assessment: Assessment, claims: ClaimView[], copyOf: Map<string, string>): Suggestion | null {
  const marks: Record<string, ReviewerMark> = {};
  for (const c of claims) if (c.mark) marks[c.id] = c.mark;
  const suggestion = suggestValue({
    assessment,
    claims: claims.map((c) => ({ id: c.id, sourceId: c.sourceId, number: c.number, value: c.value, asOf: c.asOf })),
    sources: claims.map((c) => ({ id: c.sourceId, outlet: c.article.outlet, published: c.article.published })),
    copies: [...copyOf].map(([sourceId, copyOfId]) => ({ sourceId, copyOfId })),
    marks,
  });
  if (!suggestion) return null;
  const first = claims.find((c) => c.id === suggestion.claimIds[0]);
  return { ...suggestion, text: first?.written ?? suggestion.value.toLocaleString('en-US') };
}
