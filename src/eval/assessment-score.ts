/**
 * @module eval/assessment-score
 * Whether the analysis called each gold fact right: a discrepancy a reviewer must look at, or consistent.
 */
import type { Gold, GoldFact } from './gold';
import { predictedFactOf } from './grouping-score';
import type { MatchedItem, MatchedMention } from './match-gold';
import type { ScoredAnalysis } from './scored-analysis';

export interface AssessmentRow {
  fact: string;
  expected: GoldFact['expected'];
  /** The predicted fact's assessment, or "not grouped (n of m together)" when fewer than two mentions met. */
  got: string;
  ok: boolean;
}

const DISCREPANT = new Set(['conflict', 'changed-over-time']);

/**
 * The predicted fact holding most of the given mentions and how many it holds (the first such fact, in
 * mention order, on a tie), or null when none of them is in a fact.
 * e.g. mentions in facts F1, F2, F2 -> { fact: 'F2', count: 2 }.
 */
export function dominantFact(mentions: readonly MatchedMention[], factOfClaim: ReadonlyMap<string, string>): { fact: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const fact = predictedFactOf(m, factOfClaim);
    if (fact) counts.set(fact, (counts.get(fact) ?? 0) + 1);
  }
  let best: { fact: string; count: number } | null = null;
  for (const [fact, count] of counts) if (!best || count > best.count) best = { fact, count };
  return best;
}

/**
 * One row per gold fact with two or more mentions, assessed on the predicted fact holding most of them.
 * A discrepancy is found by "conflict" or "changed-over-time"; a consistent fact needs "consistent", or
 * "single-source" when all its mentions come from one article. At least two mentions must be together.
 */
export function assessFacts(gold: Gold, items: readonly MatchedItem[], analysis: ScoredAnalysis, factOfClaim: ReadonlyMap<string, string>): AssessmentRow[] {
  const assessmentOf = new Map(analysis.facts.map((f) => [f.id, f.assessment]));
  const rows: AssessmentRow[] = [];
  for (const fact of gold.facts) {
    const mentions = items.filter((i): i is MatchedMention => i.kind === 'mention' && i.gold.fact === fact.id);
    if (mentions.length < 2) continue;
    const dominant = dominantFact(mentions, factOfClaim);
    const count = dominant?.count ?? 0;
    const assessment = dominant ? assessmentOf.get(dominant.fact) : undefined;
    const oneArticle = new Set(mentions.map((m) => m.gold.file)).size === 1;
    const ok =
      count >= 2 &&
      assessment !== undefined &&
      (fact.expected === 'discrepancy'
        ? DISCREPANT.has(assessment)
        : assessment === 'consistent' || (oneArticle && assessment === 'single-source'));
    rows.push({ fact: fact.id, expected: fact.expected, got: count >= 2 ? String(assessment) : `not grouped (${count} of ${mentions.length} together)`, ok });
  }
  return rows;
}
