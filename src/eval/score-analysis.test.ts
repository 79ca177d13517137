import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { formatScoreCounts, formatScoreDetails } from './format-score';
import { handMadeAnalysis, handMadeBodies, handMadeClaims as c, handMadeFacts, handMadeGold } from './hand-made-story.fixture';
import { scoreAnalysis } from './score-analysis';
import { formatScoreLine } from './score-counts';

const sharedScorer = resolve(__dirname, '../../../shared/eval/score.mjs');

describe('scoreAnalysis on a hand-made story', () => {
  const score = scoreAnalysis(handMadeGold, handMadeAnalysis());

  it('counts what score.mjs counts', () => {
    expect(score.counts).toEqual({
      mentions: 6, found: 5, valuesRight: 4, asOfRight: 4,
      // Gold pairs: one of passengers, three of rescued. Predicted: three in F1 (with the boats), one in F2.
      truePairs: 2, predictedPairs: 4, goldPairs: 4,
      distractors: 1, leaks: 1, assessments: 2, assessmentsRight: 2,
    });
    expect(score.metrics).toEqual({ found: 5 / 6, values: 0.8, groupP: 0.5, groupR: 0.5, asOf: 0.8, leaks: 1, status: 1 });
  });

  it('finds a range in re-flowed text and prefers the claim overlapping it most', () => {
    expect(score.details.groups[0]).toEqual({ fact: 'passengers', predicted: ['F1', 'F1'] });
    expect(score.details.valueErrors.map((e) => e.context)).not.toContain('carrying 40 to 45 passengers');
  });

  it('takes an open interval as right and an interval wider than half again as wrong', () => {
    expect(score.details.valueErrors).toEqual([
      { file: 'two.md', context: 'Around 30 people were rescued', gold: 30, qualifier: 'about', got: { low: 10, high: 50 } },
    ]);
  });

  it('takes an as-of date as right when one is a prefix of the other', () => {
    // '2024-05' for a gold '2024-05-02' is right; '2024-06' for '2024-05-02' is not.
    expect(score.details.asOfErrors).toEqual([{ file: 'three.md', context: 'only 25 survivors', gold: '2024-05-02', got: '2024-06' }]);
  });

  it('names a figure no claim covers', () => {
    expect(score.details.misses).toEqual([{ file: 'three.md', context: 'searched for 6 hours', reason: 'no claim covers the figure' }]);
  });

  it('reports a distractor grouped with a mention of its look-alike fact as a leak', () => {
    expect(score.details.leaks).toEqual([{ file: 'two.md', context: 'fleet of 12 boats', lookalike: 'passengers', note: 'boats, not people' }]);
  });

  it('assesses a fact on the predicted fact holding most of its mentions', () => {
    // rescued: two mentions in F2 (conflict), one in F3 (consistent); F2 decides.
    expect(score.details.assessments).toEqual([
      { fact: 'passengers', expected: 'consistent', got: 'consistent', ok: true },
      { fact: 'rescued', expected: 'discrepancy', got: 'conflict', ok: true },
    ]);
  });

  it('fails a fact whose mentions are never two together, and a single-source call across two articles', () => {
    const split = scoreAnalysis(handMadeGold, handMadeAnalysis([
      { id: 'F1', claimIds: [c.range.id, c.counted.id], assessment: 'single-source' },
      { id: 'F2', claimIds: [c.moreThan.id], assessment: 'conflict' },
      { id: 'F3', claimIds: [c.tooLoose.id], assessment: 'conflict' },
    ]));
    expect(split.details.assessments).toEqual([
      { fact: 'passengers', expected: 'consistent', got: 'single-source', ok: false },
      { fact: 'rescued', expected: 'discrepancy', got: 'not grouped (1 of 3 together)', ok: false },
    ]);
    expect(split.metrics).toMatchObject({ groupP: 1, groupR: 0.25, leaks: 0, status: 0 });
  });

  it('accepts single-source for a consistent fact told by one article', () => {
    const gold = { ...handMadeGold, mentions: handMadeGold.mentions.map((m) => (m.fact === 'passengers' ? { ...m, file: 'one.md' } : m)) };
    gold.mentions[1] = { ...(gold.mentions[1] as (typeof gold.mentions)[number]), context: '45 passengers', surface: '45', value: 45 };
    const facts = [{ id: 'F1', claimIds: [c.range.id, c.partial.id], assessment: 'single-source' }];
    expect(scoreAnalysis(gold, handMadeAnalysis(facts)).details.assessments[0]).toMatchObject({ fact: 'passengers', ok: true });
  });

  it('misses every figure of an article the analysis lacks', () => {
    const analysis = handMadeAnalysis();
    const without = { ...analysis, sources: analysis.sources.filter((s) => s.file !== 'two.md') };
    expect(scoreAnalysis(handMadeGold, without).details.misses.map((m) => m.reason)).toEqual([
      'source missing from analysis', 'source missing from analysis', 'no claim covers the figure',
    ]);
  });

  it.skipIf(!existsSync(sharedScorer))('prints what ../shared/eval/score.mjs prints for the same story', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-hand-made-'));
    mkdirSync(join(dir, 'articles'));
    for (const [file, body] of handMadeBodies) writeFileSync(join(dir, 'articles', file), `---\ntitle: ${file}\noutlet: Test\npublished: 2024-05-03\n---\n${body}`);
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(handMadeGold));
    writeFileSync(join(dir, 'analysis.json'), JSON.stringify(handMadeAnalysis(handMadeFacts)));
    const run = spawnSync('node', [sharedScorer, '--corpus', dir, '--analysis', join(dir, 'analysis.json'), '--verbose'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const ours = [...formatScoreCounts(score.counts), ...formatScoreDetails(score.details), formatScoreLine(score.metrics)];
    expect(run.stdout.trim().split('\n').slice(1)).toEqual(ours);
  });
});
