/**
 * @module eval/score-analysis
 * Scores an analysis against a story's gold annotation, computing what shared/eval/score.mjs computes
 * (its definitions are in shared/eval/FORMAT.md): mentions found, values and as-of dates right, pairwise
 * grouping precision and recall, distractors leaked into their look-alike fact, assessments right; and
 * the lists behind each number, so a reviewer can see what went wrong. Pure: no file is read here.
 */
import { assessFacts, type AssessmentRow } from './assessment-score';
import { isAsOfRight, isValueRight } from './figure-checks';
import type { Gold } from './gold';
import { countPairs, factOfClaimIndex, findLeaks, predictedFactOf } from './grouping-score';
import { matchGold, type MatchedMention } from './match-gold';
import { metricsFromCounts, type ScoreCounts, type ScoreMetrics } from './score-counts';
import type { ScoredAnalysis, ScoredClaim } from './scored-analysis';

interface Where {
  file: string;
  context: string;
}

export interface ScoreDetails {
  misses: Array<Where & { reason: string }>;
  valueErrors: Array<Where & { gold: number | [number, number]; qualifier: string; got: ScoredClaim['value'] }>;
  asOfErrors: Array<Where & { gold: string; got: string | null }>;
  leaks: Array<Where & { lookalike: string; note: string | undefined }>;
  assessments: AssessmentRow[];
  /** For each gold fact, the predicted fact of each of its mentions in gold order ('-' for none). */
  groups: Array<{ fact: string; predicted: string[] }>;
}

export interface AnalysisScore {
  counts: ScoreCounts;
  metrics: ScoreMetrics;
  details: ScoreDetails;
}

/**
 * e.g. scoreAnalysis(gold, analyze(articles)).metrics -> { found: 0.96, values: 1, groupP: 0.9, … }.
 * One departure from score.mjs: a gold file with no mention scores found = 0, where score.mjs prints NaN.
 */
export function scoreAnalysis(gold: Gold, analysis: ScoredAnalysis): AnalysisScore {
  const items = matchGold(gold, analysis);
  const factOfClaim = factOfClaimIndex(analysis);
  const mentions = items.filter((i): i is MatchedMention => i.kind === 'mention');
  const found = mentions.filter((m): m is MatchedMention & { claim: ScoredClaim } => m.claim !== null);
  const wrongValues = found.filter((m) => !isValueRight(m.gold.value, m.claim.value));
  const wrongDates = found.filter((m) => !isAsOfRight(m.gold.asOf, m.claim.asOf));
  const pairs = countPairs(items, factOfClaim);
  const leaks = findLeaks(items, factOfClaim);
  const assessments = assessFacts(gold, items, analysis, factOfClaim);

  const counts: ScoreCounts = {
    mentions: mentions.length,
    found: found.length,
    valuesRight: found.length - wrongValues.length,
    asOfRight: found.length - wrongDates.length,
    ...pairs,
    distractors: items.length - mentions.length,
    leaks: leaks.length,
    assessments: assessments.length,
    assessmentsRight: assessments.filter((r) => r.ok).length,
  };

  const groups = new Map<string, string[]>();
  for (const m of mentions) {
    const predicted = predictedFactOf(m, factOfClaim) ?? '-';
    const list = groups.get(m.gold.fact);
    if (list) list.push(predicted);
    else groups.set(m.gold.fact, [predicted]);
  }
  const where = ({ gold: g }: { gold: Where }): Where => ({ file: g.file, context: g.context });
  const details: ScoreDetails = {
    misses: mentions.filter((m) => !m.claim).map((m) => ({ ...where(m), reason: m.missReason ?? '' })),
    valueErrors: wrongValues.map((m) => ({ ...where(m), gold: m.gold.value, qualifier: m.gold.qualifier, got: m.claim.value })),
    asOfErrors: wrongDates.map((m) => ({ ...where(m), gold: m.gold.asOf, got: m.claim.asOf ?? null })),
    leaks: leaks.map((d) => ({ ...where(d), lookalike: d.gold.lookalike, note: d.gold.note })),
    assessments,
    groups: [...groups].map(([fact, predicted]) => ({ fact, predicted })),
  };
  return { counts, metrics: metricsFromCounts(counts), details };
}
