/**
 * @module eval/grouping-score
 * How well the analysis put gold items together, counted over pairs, and which distractors joined the
 * fact they only look like.
 */
import type { MatchedDistractor, MatchedItem } from './match-gold';
import type { ScoredAnalysis } from './scored-analysis';

/** Claim id -> id of the fact holding it; a claim listed by two facts belongs to the first. */
export function factOfClaimIndex(analysis: ScoredAnalysis): Map<string, string> {
  const index = new Map<string, string>();
  for (const fact of analysis.facts) {
    for (const id of fact.claimIds) if (!index.has(id)) index.set(id, fact.id);
  }
  return index;
}

/** The predicted fact of a matched item, or null when it has no claim or the claim is in no fact. */
export const predictedFactOf = (item: MatchedItem, factOfClaim: ReadonlyMap<string, string>): string | null =>
  (item.claim && factOfClaim.get(item.claim.id)) || null;

export interface PairCounts {
  /** Pairs together in both gold and analysis. */
  truePairs: number;
  /** Pairs the analysis put in one fact. */
  predictedPairs: number;
  /** Pairs gold puts in one fact (distractors pair with nothing). */
  goldPairs: number;
}

/**
 * Counts over every pair of gold items, mentions and distractors alike. Two items matched to the same
 * claim are not a predicted pair: one claim cannot stand for two figures.
 * e.g. gold {a, b} one fact, analysis puts a, b and a distractor d in one fact -> 1 true of 3 predicted, 1 gold.
 */
export function countPairs(items: readonly MatchedItem[], factOfClaim: ReadonlyMap<string, string>): PairCounts {
  const facts = items.map((item) => predictedFactOf(item, factOfClaim));
  const counts: PairCounts = { truePairs: 0, predictedPairs: 0, goldPairs: 0 };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as MatchedItem;
      const b = items[j] as MatchedItem;
      const goldSame = a.group === b.group;
      const predictedSame = facts[i] !== null && facts[i] === facts[j] && a.claim !== b.claim;
      if (goldSame) counts.goldPairs++;
      if (predictedSame) counts.predictedPairs++;
      if (goldSame && predictedSame) counts.truePairs++;
    }
  }
  return counts;
}

/** Distractors whose claim sits in a fact that also holds a mention of their look-alike gold fact. */
export function findLeaks(items: readonly MatchedItem[], factOfClaim: ReadonlyMap<string, string>): MatchedDistractor[] {
  const lookalikeFacts = new Map<string, Set<string>>();
  for (const item of items) {
    const fact = predictedFactOf(item, factOfClaim);
    if (item.kind !== 'mention' || !fact) continue;
    const set = lookalikeFacts.get(item.gold.fact) ?? new Set<string>();
    lookalikeFacts.set(item.gold.fact, set.add(fact));
  }
  return items.filter((item): item is MatchedDistractor => {
    const fact = predictedFactOf(item, factOfClaim);
    return item.kind === 'distractor' && fact !== null && (lookalikeFacts.get(item.gold.lookalike)?.has(fact) ?? false);
  });
}
