import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { evaluateStory } from './evaluate-story';
import { parseScorerOutput } from './external-scorer';
import { findStories } from './find-stories';
import { formatScoreLine } from './score-counts';

const shared = resolve(__dirname, '../../../shared');
const sharedScorer = resolve(shared, 'eval/score.mjs');
const sharedCorpus = resolve(shared, 'corpus');

const output = `corpus: river — 3 articles, 9 mentions, 4 facts, 2 distractors
mentions found       8/9
values right         7/8
as-of dates right    6/8
grouping precision   0.75  (3/4 pairs)
grouping recall      0.50  (3/6 pairs)
distractors leaked   1/2
assessments right    2/3
  missed   a.md: "forty boats" (no claim covers the figure)
score: found=0.89 values=0.88 groupP=0.75 groupR=0.50 asOf=0.75 leaks=1 status=0.67
`;

describe('parseScorerOutput', () => {
  it('reads the counts, the score line and the detail lines', () => {
    expect(parseScorerOutput(output)).toEqual({
      ok: true,
      score: {
        counts: { mentions: 9, found: 8, valuesRight: 7, asOfRight: 6, truePairs: 3, predictedPairs: 4, goldPairs: 6, distractors: 2, leaks: 1, assessments: 3, assessmentsRight: 2 },
        metrics: { found: 0.89, values: 0.88, groupP: 0.75, groupR: 0.5, asOf: 0.75, leaks: 1, status: 0.67 },
        details: ['  missed   a.md: "forty boats" (no claim covers the figure)'],
      },
    });
  });

  it('says what is missing from output it cannot read', () => {
    expect(parseScorerOutput('score: found=1.00')).toEqual({ ok: false, message: expect.stringContaining('lacks values') });
    expect(parseScorerOutput(output.replace(/^values right.*\n/m, ''))).toEqual({ ok: false, message: expect.stringContaining('values right') });
    expect(parseScorerOutput('nothing')).toEqual({ ok: false, message: 'no "score:" line in its output' });
  });
});

// Needs the reference scorer and corpus beside the repository; skipped on a clone that lacks them.
describe('built-in scorer against ../shared/eval/score.mjs', () => {
  it.skipIf(!existsSync(sharedScorer) || !existsSync(sharedCorpus))('gives identical numbers and details on every story of ../shared/corpus', () => {
    const found = findStories(sharedCorpus);
    if (!found.ok) throw new Error(found.message);
    for (const story of found.stories) {
      const ours = evaluateStory(story, { scorer: null, verbose: true });
      const theirs = evaluateStory(story, { scorer: sharedScorer, verbose: true });
      if (!ours.ok) throw new Error(ours.message);
      if (!theirs.ok) throw new Error(theirs.message);
      expect(ours.result.counts, story.name).toEqual(theirs.result.counts);
      expect(formatScoreLine(ours.result.metrics), story.name).toBe(formatScoreLine(theirs.result.metrics));
      expect(ours.result.details, story.name).toEqual(theirs.result.details);
    }
  });
});
