/**
 * @module eval/match-gold
 * Pairs each gold mention and distractor with the claim the analysis made for it: the claim whose span
 * overlaps the gold figure most (the first such claim on a tie), or none, with the reason.
 */
import { basename } from 'node:path';

import type { Gold, GoldDistractor, GoldMention } from './gold';
import { foldWhitespace, locateFigure, type FoldedText } from './locate-figure';
import type { ScoredAnalysis, ScoredClaim, ScoredSource } from './scored-analysis';

interface MatchedBase {
  /** Items with the same group belong together: a mention's gold fact, or a distractor on its own. */
  group: string;
  claim: ScoredClaim | null;
  /** Why no claim was matched; null when one was. */
  missReason: string | null;
}
export interface MatchedMention extends MatchedBase {
  kind: 'mention';
  gold: GoldMention;
}
export interface MatchedDistractor extends MatchedBase {
  kind: 'distractor';
  gold: GoldDistractor;
}
export type MatchedItem = MatchedMention | MatchedDistractor;

/** e.g. a claim at [10, 13) and one at [12, 20) for a gold figure at [10, 13) -> the first (overlap 3 vs 1). */
export function bestOverlappingClaim(claims: readonly ScoredClaim[], [start, end]: [number, number]): ScoredClaim | null {
  let best: ScoredClaim | null = null;
  let bestOverlap = 0;
  for (const claim of claims) {
    const overlap = Math.min(claim.end, end) - Math.max(claim.start, start);
    if (overlap > bestOverlap) {
      best = claim;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Every gold item (mentions first, then distractors, in gold order) with its matched claim. */
export function matchGold(gold: Gold, analysis: ScoredAnalysis): MatchedItem[] {
  // Sources are named by file name; a path in `file` is reduced to its base name, the last one winning.
  const sourceByFile = new Map(analysis.sources.map((s) => [basename(s.file), s]));
  const claimsBySource = new Map<string, ScoredClaim[]>();
  for (const claim of analysis.claims) {
    const list = claimsBySource.get(claim.sourceId);
    if (list) list.push(claim);
    else claimsBySource.set(claim.sourceId, [claim]);
  }
  const foldedBySource = new Map<string, FoldedText>();
  const folded = (source: ScoredSource): FoldedText => {
    let f = foldedBySource.get(source.id);
    if (!f) foldedBySource.set(source.id, (f = foldWhitespace(source.text)));
    return f;
  };
  const match = (item: GoldMention | GoldDistractor): Pick<MatchedBase, 'claim' | 'missReason'> => {
    const source = sourceByFile.get(item.file);
    if (!source) return { claim: null, missReason: 'source missing from analysis' };
    const span = locateFigure(folded(source), item.context, item.surface);
    if (!span) return { claim: null, missReason: 'context not found in the analysed text' };
    const claim = bestOverlappingClaim(claimsBySource.get(source.id) ?? [], span);
    return { claim, missReason: claim ? null : 'no claim covers the figure' };
  };
  return [
    ...gold.mentions.map((m): MatchedItem => ({ kind: 'mention', gold: m, group: m.fact, ...match(m) })),
    ...gold.distractors.map((d, i): MatchedItem => ({ kind: 'distractor', gold: d, group: `distractor-${i}`, ...match(d) })),
  ];
}
