import type { Claim, CopyLink, Fact, Source } from '../types';

/** Placeholder until grouping lands: no facts. */
export function groupFacts(_sources: Source[], _claims: Claim[]): { facts: Fact[]; copies: CopyLink[] } {
  return { facts: [], copies: [] };
}
