/**
 * @module eval/evaluate-story
 * One story end to end, as the product sees it: read its articles, analyse them together, score the
 * analysis against the story's gold annotation with the built-in scorer or an external one.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { analyze } from '../engine';
import { readArticles } from '../ingest/read-articles';

import { runExternalScorer } from './external-scorer';
import type { StoryFolder } from './find-stories';
import { formatScoreDetails } from './format-score';
import { readCorpus } from './read-corpus';
import { scoreAnalysis } from './score-analysis';
import type { ScoreCounts, ScoreMetrics } from './score-counts';

export interface StoryResult {
  name: string;
  articles: number;
  /** Reading and analysing the articles; scoring is not counted. */
  seconds: number;
  counts: ScoreCounts;
  metrics: ScoreMetrics;
  /** What --verbose prints for the story: misses, wrong values and dates, leaks, assessments, groups. */
  details: string[];
}

export interface EvaluateOptions {
  /** A score.mjs-compatible script to score with instead of the built-in scorer, or null. */
  scorer: string | null;
  /** Whether to collect the detail lines (the built-in scorer always has them). */
  verbose: boolean;
}

/** Never throws on bad input: an unreadable gold file or article comes back as a message naming it. */
export function evaluateStory(story: StoryFolder, { scorer, verbose }: EvaluateOptions): { ok: true; result: StoryResult } | { ok: false; message: string } {
  const corpus = readCorpus(story.dir);
  if (!corpus.ok) return corpus;
  const started = performance.now();
  const { articles, errors } = readArticles([join(story.dir, 'articles')]);
  if (errors.length > 0) return { ok: false, message: errors.map((e) => e.message).join('; ') };
  const analysis = analyze(articles);
  const seconds = (performance.now() - started) / 1000;
  const base = { name: story.name, articles: articles.length, seconds };
  if (scorer) {
    const run = runExternalScorer(scorer, story.dir, analysis, verbose);
    return run.ok ? { ok: true, result: { ...base, ...run.score } } : run;
  }
  const score = scoreAnalysis(corpus.gold, analysis);
  return { ok: true, result: { ...base, counts: score.counts, metrics: score.metrics, details: formatScoreDetails(score.details) } };
}
