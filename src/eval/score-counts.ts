/**
 * @module eval/score-counts
 * A score as counts, and the ratios read off them. Counts add up across stories, so a pooled total is
 * the sum of the stories' counts with the same ratios taken once more.
 */

export interface ScoreCounts {
  mentions: number;
  /** Mentions matched to a claim. */
  found: number;
  /** Found mentions whose value is right. */
  valuesRight: number;
  /** Found mentions whose as-of date is right. */
  asOfRight: number;
  truePairs: number;
  predictedPairs: number;
  goldPairs: number;
  distractors: number;
  leaks: number;
  /** Gold facts with two or more mentions, and how many of them were assessed right. */
  assessments: number;
  assessmentsRight: number;
}

/** The metrics score.mjs prints on its `score:` line, under the same names. */
export interface ScoreMetrics {
  found: number;
  values: number;
  groupP: number;
  groupR: number;
  asOf: number;
  leaks: number;
  status: number;
}

export const METRIC_NAMES = ['found', 'values', 'groupP', 'groupR', 'asOf', 'leaks', 'status'] as const satisfies ReadonlyArray<keyof ScoreMetrics>;

const ratio = (part: number, whole: number, ifNone: number) => (whole > 0 ? part / whole : ifNone);

/**
 * Nothing to group is perfect grouping and nothing to assess is perfect assessment; nothing found
 * leaves values and dates at 0, so an analysis that finds nothing cannot pass on them.
 * e.g. 8 of 10 found, 6 of 8 values -> found 0.8, values 0.75.
 */
export function metricsFromCounts(c: ScoreCounts): ScoreMetrics {
  return {
    found: ratio(c.found, c.mentions, 0),
    values: ratio(c.valuesRight, c.found, 0),
    groupP: ratio(c.truePairs, c.predictedPairs, 1),
    groupR: ratio(c.truePairs, c.goldPairs, 1),
    asOf: ratio(c.asOfRight, c.found, 0),
    leaks: c.leaks,
    status: ratio(c.assessmentsRight, c.assessments, 1),
  };
}

export const emptyCounts = (): ScoreCounts => ({
  mentions: 0, found: 0, valuesRight: 0, asOfRight: 0, truePairs: 0, predictedPairs: 0, goldPairs: 0,
  distractors: 0, leaks: 0, assessments: 0, assessmentsRight: 0,
});

/** Field by field sum: the pooled counts of several stories. */
export function sumCounts(all: readonly ScoreCounts[]): ScoreCounts {
  const total = emptyCounts();
  for (const c of all) for (const key of Object.keys(total) as Array<keyof ScoreCounts>) total[key] += c[key];
  return total;
}

/** The line score.mjs ends with, e.g. "score: found=0.95 values=1.00 groupP=0.90 … leaks=0 status=1.00". */
export function formatScoreLine(m: ScoreMetrics): string {
  return `score: ${METRIC_NAMES.map((name) => `${name}=${name === 'leaks' ? m.leaks : m[name].toFixed(2)}`).join(' ')}`;
}
