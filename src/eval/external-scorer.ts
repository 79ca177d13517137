/**
 * @module eval/external-scorer
 * Runs another scorer with score.mjs's command line (`node PATH --corpus DIR --analysis FILE`) and reads
 * its output, so the built-in scorer can be checked against the reference one on the same analysis.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { METRIC_NAMES, emptyCounts, type ScoreCounts, type ScoreMetrics } from './score-counts';
import type { ScoredAnalysis } from './scored-analysis';

export interface ExternalScore {
  counts: ScoreCounts;
  /** As printed on the `score:` line, so rounded to two decimals. */
  metrics: ScoreMetrics;
  /** The --verbose lines, as printed. */
  details: string[];
}

type Parsed = { ok: true; score: ExternalScore } | { ok: false; message: string };

// The count lines score.mjs prints before its score line, and the counts each fills: part/whole.
const COUNT_LINES: Array<[RegExp, keyof ScoreCounts, keyof ScoreCounts]> = [
  [/^mentions found\s+(\d+)\/(\d+)$/m, 'found', 'mentions'],
  [/^values right\s+(\d+)\/\d+$/m, 'valuesRight', 'found'],
  [/^as-of dates right\s+(\d+)\/\d+$/m, 'asOfRight', 'found'],
  [/^grouping precision\s+\S+\s+\((\d+)\/(\d+) pairs\)$/m, 'truePairs', 'predictedPairs'],
  [/^grouping recall\s+\S+\s+\((\d+)\/(\d+) pairs\)$/m, 'truePairs', 'goldPairs'],
  [/^distractors leaked\s+(\d+)\/(\d+)$/m, 'leaks', 'distractors'],
  [/^assessments right\s+(\d+)\/(\d+)$/m, 'assessmentsRight', 'assessments'],
];

/** Reads score.mjs's output; e.g. a stdout ending "score: found=0.95 … status=1.00" -> its counts, metrics and detail lines. */
export function parseScorerOutput(stdout: string): Parsed {
  const line = /^score: (.*)$/m.exec(stdout)?.[1];
  if (line === undefined) return { ok: false, message: 'no "score:" line in its output' };
  const values = new Map(line.split(/\s+/).map((pair) => pair.split('=') as [string, string]));
  const metrics = Object.fromEntries(METRIC_NAMES.map((name) => [name, Number(values.get(name))])) as Record<keyof ScoreMetrics, number>;
  const missing = METRIC_NAMES.filter((name) => Number.isNaN(metrics[name]));
  if (missing.length > 0) return { ok: false, message: `its score line lacks ${missing.join(', ')}: ${line}` };
  const counts = emptyCounts();
  for (const [pattern, part, whole] of COUNT_LINES) {
    const m = pattern.exec(stdout);
    if (!m) return { ok: false, message: `no line matching ${pattern.source} in its output` };
    counts[part] = Number(m[1]);
    if (m[2] !== undefined) counts[whole] = Number(m[2]);
  }
  const details = stdout.split('\n').filter((l) => l.startsWith('  '));
  return { ok: true, score: { counts, metrics, details } };
}

/** Writes the analysis to a temporary file, runs the scorer on it, and reads what it printed. */
export function runExternalScorer(scorerPath: string, corpusDir: string, analysis: ScoredAnalysis, verbose: boolean): Parsed {
  const dir = mkdtempSync(join(tmpdir(), 'tally-eval-'));
  try {
    const file = join(dir, 'analysis.json');
    writeFileSync(file, JSON.stringify(analysis));
    const args = [scorerPath, '--corpus', corpusDir, '--analysis', file, ...(verbose ? ['--verbose'] : [])];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error) return { ok: false, message: `${scorerPath}: ${run.error.message}` };
    if (run.status !== 0) return { ok: false, message: `${scorerPath} exited with ${run.status}: ${run.stderr.trim() || run.stdout.trim()}` };
    const parsed = parseScorerOutput(run.stdout);
    return parsed.ok ? parsed : { ok: false, message: `${scorerPath}: ${parsed.message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
