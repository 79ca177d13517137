import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyze } from '../engine';
import { formatScoreDetails } from '../eval/format-score';
import { readCorpus } from '../eval/read-corpus';
import { scoreAnalysis } from '../eval/score-analysis';
import { readArticles } from '../ingest/read-articles';

const stories = resolve(__dirname, '../../fixtures/stories');

// Stories written in our own words (a shipwreck, a strike, a peacekeeping mission), annotated like the
// development corpora: the engine is held to them in every test run, so it cannot drift towards fitting
// the corpora it was developed on.
describe.each(readdirSync(stories))('quality on our own %s story', (name) => {
  it('groups the figures as annotated, assesses them, and lets no look-alike in', () => {
    const corpus = readCorpus(join(stories, name));
    if (!corpus.ok) throw new Error(corpus.message);
    const { articles, errors } = readArticles([join(stories, name, 'articles')]);
    expect(errors).toEqual([]);
    const { metrics, details } = scoreAnalysis(corpus.gold, analyze(articles));
    const why = formatScoreDetails(details).join('\n');
    expect(metrics.found, why).toBe(1);
    expect(metrics.values, why).toBe(1);
    expect(metrics.groupP, why).toBeGreaterThanOrEqual(0.85);
    expect(metrics.groupR, why).toBeGreaterThanOrEqual(0.85);
    expect(metrics.status, why).toBeGreaterThanOrEqual(0.66);
    expect(metrics.leaks, why).toBe(0);
  });
});
