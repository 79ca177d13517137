import { describe, expect, it } from 'vitest';

import { emptyCounts, formatScoreLine, metricsFromCounts, sumCounts } from './score-counts';

describe('score counts', () => {
  const a = { ...emptyCounts(), mentions: 10, found: 8, valuesRight: 6, asOfRight: 4, truePairs: 3, predictedPairs: 4, goldPairs: 6, distractors: 2, leaks: 1, assessments: 2, assessmentsRight: 1 };
  const b = { ...emptyCounts(), mentions: 10, found: 10, valuesRight: 10, asOfRight: 10, truePairs: 1, predictedPairs: 1, goldPairs: 1, assessments: 1, assessmentsRight: 1 };

  it('pools stories by adding their counts, not by averaging their ratios', () => {
    const total = sumCounts([a, b]);
    expect(total).toMatchObject({ mentions: 20, found: 18, truePairs: 4, predictedPairs: 5, goldPairs: 7, leaks: 1 });
    expect(metricsFromCounts(total)).toEqual({ found: 0.9, values: 16 / 18, groupP: 0.8, groupR: 4 / 7, asOf: 14 / 18, leaks: 1, status: 2 / 3 });
  });

  it('counts nothing to group or assess as perfect, and nothing found as no value right', () => {
    expect(metricsFromCounts(emptyCounts())).toEqual({ found: 0, values: 0, groupP: 1, groupR: 1, asOf: 0, leaks: 0, status: 1 });
  });

  it('prints the score line score.mjs prints', () => {
    expect(formatScoreLine(metricsFromCounts(a))).toBe('score: found=0.80 values=0.75 groupP=0.75 groupR=0.50 asOf=0.50 leaks=1 status=0.50');
  });
});
