import type { Claim } from '../types';

/** The unit a story's own dollar is compared in: apart from the US dollar, but through the story's conversions. */
export const LOCAL_DOLLAR = 'local dollar';

const bare = (c: Claim) => c.surface.startsWith('$');
const american = (c: Claim) => /^US\$|^US ?dollars?\b/i.test(c.surface) || / US dollars?$/i.test(c.surface);

/**
 * An Australian, Canadian, New Zealand or Hong Kong story writes its own dollar with a bare "$" and converts it:
 * "put the average at $744,200 (US$432,000)". Where any of its articles does so, the story's bare "$" amounts are
 * its own dollars, not US dollars: compared with each other, and with US dollars only at the rate the story gives.
 */
export function withLocalDollar(claims: Claim[]): Claim[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const converted = claims.some((c) => {
    const other = c.frame.link?.kind === 'conversion' ? byId.get(c.frame.link.claimId) : undefined;
    return other !== undefined && c.frame.family === 'money' && ((bare(c) && american(other)) || (bare(other) && american(c)));
  });
  if (!converted) return claims;
  return claims.map((c) => (c.frame.compareUnit === 'USD' && bare(c) ? { ...c, frame: { ...c.frame, compareUnit: LOCAL_DOLLAR } } : c));
}
