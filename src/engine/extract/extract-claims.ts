import type { Claim, Source } from '../types';

/** Placeholder until the extractors land: finds no claims. */
export function extractClaims(_source: Source): Claim[] {
  return [];
}
